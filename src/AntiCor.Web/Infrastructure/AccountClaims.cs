using System.Security.Claims;
using AntiCor.Core.Security;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace AntiCor.Web.Infrastructure;

/// <summary>
/// The signed-in principal: Identity's claims plus the display name and two gates: a one-time
/// password still to be changed, a second factor still to be enrolled. While a gate is set,
/// <see cref="AccountGate"/> lets the user reach only the account pages.
/// </summary>
public sealed class AccountClaims(UserManager<AppUser> users, RoleManager<IdentityRole<Guid>> roles, IOptions<IdentityOptions> options)
    : UserClaimsPrincipalFactory<AppUser, IdentityRole<Guid>>(users, roles, options)
{
    public const string DisplayName = "anticor:display-name";
    public const string MustChangePassword = "anticor:must-change-password";
    public const string MustEnrolTwoFactor = "anticor:must-enrol-2fa";

    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(AppUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        identity.AddClaim(new Claim(DisplayName, user.DisplayName));
        if (user.MustChangePassword)
        {
            identity.AddClaim(new Claim(MustChangePassword, "1"));
        }

        if (!user.TwoFactorEnabled && identity.Claims.Any(c => c.Type == identity.RoleClaimType && Roles.RequiringTwoFactor.Contains(c.Value)))
        {
            identity.AddClaim(new Claim(MustEnrolTwoFactor, "1"));
        }

        return identity;
    }
}

/// <summary>Sends a signed-in user with an open gate to the page that closes it; nothing else answers them.</summary>
public sealed class AccountGate(RequestDelegate next)
{
    public const string ChangePasswordPath = "/account/change-password";
    public const string TwoFactorPath = "/account/two-factor";

    public Task InvokeAsync(HttpContext context)
    {
        var user = context.User;
        if (user.Identity?.IsAuthenticated == true && !IsOpen(context.Request.Path))
        {
            if (user.HasClaim(c => c.Type == AccountClaims.MustChangePassword))
            {
                context.Response.Redirect(ChangePasswordPath);
                return Task.CompletedTask;
            }

            // A single sign-on whose provider attested the second factor meets the rule without local enrolment.
            if (user.HasClaim(c => c.Type == AccountClaims.MustEnrolTwoFactor) && !user.HasClaim(c => c.Type == SingleSignOn.ProviderMfaClaim))
            {
                context.Response.Redirect(TwoFactorPath);
                return Task.CompletedTask;
            }
        }

        return next(context);
    }

    // Account pages, error pages and static files stay reachable.
    private static bool IsOpen(PathString path) =>
        path.StartsWithSegments("/account") || path.StartsWithSegments("/error") || path.StartsWithSegments("/status")
        || path.StartsWithSegments("/css") || path.StartsWithSegments("/js") || path.StartsWithSegments("/lib")
        || path.StartsWithSegments("/favicon.svg");
}
