using AntiCor.Core.Security;
using AntiCor.Web.Features.Account;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;

namespace AntiCor.Web.Infrastructure;

/// <summary>
/// The `Oidc` configuration section. Single sign-on exists only when Authority, ClientId and
/// ClientSecret are all set; otherwise the scheme is not registered and the sign-in page shows no button.
/// </summary>
public sealed class SingleSignOnSettings
{
    public const string Section = "Oidc";
    public const string DefaultDisplayName = "Єдиний вхід";

    public string? Authority { get; set; }
    public string? ClientId { get; set; }
    public string? ClientSecret { get; set; }
    public string DisplayName { get; set; } = DefaultDisplayName;
    public bool RequireHttpsMetadata { get; set; } = true;

    /// <summary>The ID-token claim whose values are looked up in <see cref="RoleMap"/>.</summary>
    public string RoleClaim { get; set; } = "role";

    /// <summary>External role value → AntiCor role. Only these AntiCor roles are managed by the provider.</summary>
    public Dictionary<string, string> RoleMap { get; set; } = new(StringComparer.Ordinal);

    /// <summary>The ID-token claim whose values are org unit names (or aliases, or ids).</summary>
    public string UnitClaim { get; set; } = "org_unit";

    /// <summary>The slug of the organisation whose roles and units the provider manages; unset: the deployment's only organisation.</summary>
    public string? Organization { get; set; }

    /// <summary>True when the provider always asks for a second factor, so its sign-in meets the 2FA rule without an "mfa" amr value.</summary>
    public bool TrustProviderMfa { get; set; }

    public bool IsComplete =>
        !string.IsNullOrWhiteSpace(Authority) && !string.IsNullOrWhiteSpace(ClientId) && !string.IsNullOrWhiteSpace(ClientSecret);

    /// <summary>The AntiCor roles the provider grants and revokes: the distinct values of <see cref="RoleMap"/>.</summary>
    public IReadOnlyList<string> ManagedRoles => [.. RoleMap.Values.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];
}

/// <summary>Whether single sign-on is on, and the name its button carries; a singleton for the sign-in page.</summary>
public sealed record SingleSignOn(bool Enabled, string DisplayName)
{
    public const string Scheme = "oidc";

    /// <summary>Set on the application cookie when the provider's sign-in counts as the second factor.</summary>
    public const string ProviderMfaClaim = "anticor:provider-mfa";

    public const string CallbackPath = "/signin-oidc";

    /// <summary>
    /// Registers the "oidc" scheme from the `Oidc` section when it is complete: code flow with PKCE,
    /// the answer by query (a top-level GET, so the correlation cookies can stay SameSite=Lax like
    /// the app's own), raw claim names, and <see cref="ExternalSignIn"/> turning the ticket into the
    /// Identity application cookie. The external cookie is never written.
    /// </summary>
    public static void Add(WebApplicationBuilder builder, CookieSecurePolicy secure)
    {
        var settings = Read(builder.Configuration);
        builder.Services.AddSingleton(new SingleSignOn(settings.IsComplete, settings.DisplayName));
        if (!settings.IsComplete)
        {
            return;
        }

        builder.Services.AddSingleton(settings);
        builder.Services.AddScoped<ExternalSignIn>();
        builder.Services.AddAuthentication().AddOpenIdConnect(Scheme, settings.DisplayName, o =>
        {
            o.Authority = settings.Authority;
            o.ClientId = settings.ClientId;
            o.ClientSecret = settings.ClientSecret;
            o.RequireHttpsMetadata = settings.RequireHttpsMetadata;
            o.ResponseType = OpenIdConnectResponseType.Code;
            o.ResponseMode = OpenIdConnectResponseMode.Query;
            o.UsePkce = true;
            o.Scope.Clear();
            o.Scope.Add("openid");
            o.Scope.Add("profile");
            o.Scope.Add("email");
            o.CallbackPath = CallbackPath;
            o.SignInScheme = IdentityConstants.ExternalScheme;
            o.MapInboundClaims = false;
            o.GetClaimsFromUserInfoEndpoint = false;
            o.SaveTokens = false;
            o.TokenValidationParameters.NameClaimType = "name";
            o.TokenValidationParameters.RoleClaimType = settings.RoleClaim;
            o.CorrelationCookie.SameSite = SameSiteMode.Lax;
            o.CorrelationCookie.SecurePolicy = secure;
            o.NonceCookie.SameSite = SameSiteMode.Lax;
            o.NonceCookie.SecurePolicy = secure;
            o.Events.OnTicketReceived = context => context.HttpContext.RequestServices.GetRequiredService<ExternalSignIn>().CompleteAsync(context);
            o.Events.OnRemoteFailure = context => context.HttpContext.RequestServices.GetRequiredService<ExternalSignIn>().FailAsync(context);
        });

        // The security stamp check rebuilds the principal every minute from the database; the
        // provider's second factor is not in the database, so it is carried over from the old cookie.
        builder.Services.Configure<SecurityStampValidatorOptions>(o => o.OnRefreshingPrincipal = context =>
        {
            var carried = context.CurrentPrincipal?.FindFirst(ProviderMfaClaim);
            if (carried is not null && context.NewPrincipal?.Identity is System.Security.Claims.ClaimsIdentity identity && !identity.HasClaim(c => c.Type == ProviderMfaClaim))
            {
                identity.AddClaim(new System.Security.Claims.Claim(ProviderMfaClaim, carried.Value));
            }

            return Task.CompletedTask;
        });
    }

    /// <summary>Binds the section and checks the role map: an unknown AntiCor role stops the start.</summary>
    public static SingleSignOnSettings Read(IConfiguration configuration)
    {
        var settings = new SingleSignOnSettings();
        configuration.GetSection(SingleSignOnSettings.Section).Bind(settings);
        if (string.IsNullOrWhiteSpace(settings.DisplayName))
        {
            settings.DisplayName = SingleSignOnSettings.DefaultDisplayName;
        }

        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (external, role) in settings.RoleMap)
        {
            var known = Roles.All.FirstOrDefault(r => string.Equals(r, role?.Trim(), StringComparison.OrdinalIgnoreCase))
                ?? throw new InvalidOperationException(
                    $"Oidc:RoleMap:{external}='{role}' — невідома роль. Можливі: {string.Join(", ", Roles.All)}.");
            map[external] = known;
        }

        settings.RoleMap = map;
        return settings;
    }

    /// <summary>The authentication properties of the challenge: back to a local address after sign-in.</summary>
    public static AuthenticationProperties ChallengeProperties(string returnUrl) => new() { RedirectUri = returnUrl };
}
