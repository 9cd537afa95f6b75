using System.Security.Claims;
using AntiCor.Core.Data;
using AntiCor.Core.Security;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace AntiCor.Web.Infrastructure;

/// <summary>
/// The signed-in principal: Identity's claims (the deployment administrator's role), the
/// organisation the user acts for with their roles in it (memberships), the display name, and two gates: a one-time
/// password still to be changed, a second factor still to be enrolled. While a gate is set,
/// <see cref="AccountGate"/> lets the user reach only the account pages.
/// </summary>
public sealed class AccountClaims(UserManager<AppUser> users, RoleManager<IdentityRole<Guid>> roles, IOptions<IdentityOptions> options, AppDbContext db)
    : UserClaimsPrincipalFactory<AppUser, IdentityRole<Guid>>(users, roles, options)
{
    public const string DisplayName = "anticor:display-name";
    public const string MustChangePassword = "anticor:must-change-password";
    public const string MustEnrolTwoFactor = "anticor:must-enrol-2fa";

    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(AppUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        identity.AddClaim(new Claim(DisplayName, user.DisplayName));
        await AddOrganizationAsync(identity, user);
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

    /// <summary>
    /// The organisation the user chose (or their first), and the roles they hold there. A
    /// deployment administrator may act for any organisation, as its administrator.
    /// </summary>
    private async Task AddOrganizationAsync(ClaimsIdentity identity, AppUser user)
    {
        var memberships = await db.Memberships.AsNoTracking().Where(m => m.UserId == user.Id)
            .Select(m => new { m.OrganizationId, m.Role }).ToListAsync();
        var deployment = identity.HasClaim(identity.RoleClaimType, Roles.DeploymentAdministrator);
        var ids = memberships.Select(m => m.OrganizationId).Distinct().ToList();
        Guid? current = user.CurrentOrganizationId is { } chosen && (ids.Contains(chosen) || deployment) ? chosen : ids.Count > 0 ? ids.Min() : null;
        var organization = current is { } id
            ? await db.Organizations.AsNoTracking().Where(o => o.Id == id).Select(o => new { o.Id, o.Slug, o.Name }).FirstOrDefaultAsync()
            : deployment
                ? await db.Organizations.AsNoTracking().OrderBy(o => o.Name).Select(o => new { o.Id, o.Slug, o.Name }).FirstOrDefaultAsync()
                : null;
        if (organization is null)
        {
            return;
        }

        identity.AddClaim(new Claim(CurrentUser.OrganizationClaim, organization.Id.ToString()));
        identity.AddClaim(new Claim(CurrentUser.OrganizationSlugClaim, organization.Slug));
        identity.AddClaim(new Claim(CurrentUser.OrganizationNameClaim, organization.Name));
        var roles = memberships.Where(m => m.OrganizationId == organization.Id).Select(m => m.Role).ToHashSet();
        if (deployment)
        {
            roles.Add(Roles.Administrator);
        }

        foreach (var role in roles.Order())
        {
            identity.AddClaim(new Claim(identity.RoleClaimType, role));
        }
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
