using AntiCor.Core.Audit;
using AntiCor.Core.Data;
using AntiCor.Core.Security;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.RazorPages;
using AntiCor.Core.Tenancy;
using AntiCor.Web.Infrastructure.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace AntiCor.Web.Infrastructure;

/// <summary>
/// Accounts: ASP.NET Core Identity on the app's database, the sign-in cookie, the policy table
/// applied to page folders, the audit actor of a request, mail, and the first start's accounts.
/// </summary>
public static partial class AccountRegistration
{
    public const string LoginPath = "/account/login";

    public static WebApplicationBuilder AddAccounts(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddHttpContextAccessor();
        services.AddScoped<HttpAuditActor>();
        services.AddScoped<CurrentUser>();
        // A request sees no organisation's records until TenantResolution names one; work outside
        // requests (start-up, jobs) is the system's and sees all.
        services.Replace(ServiceDescriptor.Scoped(sp =>
            sp.GetRequiredService<IHttpContextAccessor>().HttpContext is null ? TenantScope.System() : TenantScope.None()));
        services.AddScoped<IAuditActor>(sp => sp.GetRequiredService<HttpAuditActor>());

        services.AddIdentity<AppUser, IdentityRole<Guid>>(IdentitySetup.Configure)
            .AddEntityFrameworkStores<AppDbContext>()
            .AddErrorDescriber<UkrainianIdentityErrors>()
            .AddPasswordValidator<PasswordPolicy<AppUser>>()
            .AddClaimsPrincipalFactory<AccountClaims>()
            .AddUserManager<LockoutEndsSessionsUserManager>()
            .AddDefaultTokenProviders()
            // Replaces Identity's authenticator provider under the same name: each TOTP code works once.
            .AddTokenProvider<SingleUseAuthenticatorTokenProvider>(TokenOptions.DefaultAuthenticatorProvider)
            .AddTokenProvider<Features.Account.InvitationTokenProvider>(Features.Account.InvitationTokenOptions.Provider);
        services.AddScoped<AccountProvisioning>();
        services.AddScoped<RoleGrantWorkflow>();
        services.AddScoped<Features.Account.Invitations>();

        // The security stamp is checked on every request (SecurityStampCheck, below), not once a
        // minute: sign-out, a password change, a role change and a lock all renew the stamp, and a
        // cookie copied before that (from a shared computer, a proxy log) must stop working at
        // once. Identity's validator rebuilds the principal from the database once a minute.
        services.Configure<SecurityStampValidatorOptions>(o => o.ValidationInterval = SecurityStampCheck.RefreshInterval);
        // Behind a TLS-terminating proxy the app sees plain HTTP: `Accounts:SecureCookies=true` marks the cookies Secure anyway.
        var secure = builder.Configuration.GetValue<bool>("Accounts:SecureCookies") ? CookieSecurePolicy.Always : CookieSecurePolicy.SameAsRequest;
        services.ConfigureApplicationCookie(o =>
        {
            o.Cookie.Name = "AntiCor.Auth";
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Lax;
            o.Cookie.SecurePolicy = secure;
            o.LoginPath = LoginPath;
            o.LogoutPath = "/account/logout";
            o.ExpireTimeSpan = TimeSpan.FromHours(8);
            o.SlidingExpiration = true;
            o.Events.OnValidatePrincipal = SecurityStampCheck.Before(o.Events.OnValidatePrincipal);
            // A signed-in user without the right gets a plain 403 (rendered by the status page), not a redirect.
            o.Events.OnRedirectToAccessDenied = context =>
            {
                context.Response.StatusCode = StatusCodes.Status403Forbidden;
                return Task.CompletedTask;
            };
        });
        services.Configure<CookieAuthenticationOptions>(IdentityConstants.TwoFactorUserIdScheme, o =>
        {
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Lax;
            o.Cookie.SecurePolicy = secure;
        });
        // Single sign-on through an OpenID Connect provider, only when the `Oidc` section is complete.
        SingleSignOn.Add(builder, secure);

        services.AddAuthorization(Policies.Add);
        services.Configure<RazorPagesOptions>(o =>
        {
            o.Conventions.AuthorizeFolder("/Admin", Policies.Administration);
            o.Conventions.AuthorizeFolder("/My", Policies.OwnObligations);
            o.Conventions.AuthorizePage("/Account/ChangePassword");
            o.Conventions.AuthorizePage("/Account/TwoFactor");
            o.Conventions.AuthorizePage("/Account/Organization");
        });

        services.AddSingleton(new DemoMode(DemoMode.IsEnabled(builder.Configuration)));
        return builder;
    }

    /// <summary>Between routing and the endpoints: who the user is, the account gate, then what they may do.</summary>
    public static WebApplication UseAccounts(this WebApplication app)
    {
        app.UseAuthentication();
        app.UseMiddleware<TenantResolution>();
        app.UseMiddleware<AccountGate>();
        app.UseAuthorization();
        return app;
    }

    /// <summary>Roles from <see cref="Roles.All"/>; the demo accounts in demo mode (locked outside it); else, on a database without users, the first administrator.</summary>
    public static async Task PrepareAccountsAsync(this WebApplication app, CancellationToken cancellationToken = default)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var provisioning = scope.ServiceProvider.GetRequiredService<AccountProvisioning>();
        await provisioning.EnsureRolesAsync();
        if (scope.ServiceProvider.GetRequiredService<DemoMode>().Enabled)
        {
            await DemoGuard.UnlockDemoAccountsAsync(scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>());
            await DemoMode.SeedAsync(scope.ServiceProvider);
        }
        else if (await DemoGuard.LockDemoAccountsAsync(scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>()) > 0)
        {
            LogDemoAccountsLocked(app.Logger);
        }

        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        if (await db.Users.AnyAsync(cancellationToken))
        {
            return;
        }

        var email = app.Configuration["Admin:Email"];
        var created = await provisioning.CreateAsync(
            string.IsNullOrWhiteSpace(email) ? AccountProvisioning.DefaultAdminEmail : email, "Адміністратор", Roles.DeploymentAdministrator, null, null);
        LogFirstAdministrator(app.Logger, created.User.Email!, created.OneTimePassword);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Демонстраційні облікові записи заблоковано: застосунок запущено без --demo")]
    private static partial void LogDemoAccountsLocked(ILogger logger);

    [LoggerMessage(Level = LogLevel.Warning, Message = """

        ==================== ПЕРШИЙ ЗАПУСК: АДМІНІСТРАТОР ====================
          Створено адміністратора {Email}
          Одноразовий пароль: {OneTimePassword}
          Змініть його під час першого входу (/account/login); далі потрібна
          двофакторна автентифікація. Цей пароль більше ніде не буде показано.
        ======================================================================
        """)]
    private static partial void LogFirstAdministrator(ILogger logger, string email, string oneTimePassword);
}
