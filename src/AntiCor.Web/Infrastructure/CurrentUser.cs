using System.Security.Claims;
using AntiCor.Core.Audit;
using AntiCor.Core.Data;
using AntiCor.Core.Security;
using AntiCor.Web.Infrastructure.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace AntiCor.Web.Infrastructure;

/// <summary>
/// The signed-in user as every page, handler, edition and audit row names them: id, display name,
/// the organisation they act for and their roles in it (all from the sign-in cookie), and their
/// units (read once per request).
/// </summary>
public sealed class CurrentUser(IHttpContextAccessor accessor, AppDbContext db)
{
    public const string OrganizationClaim = "anticor:org";
    public const string OrganizationSlugClaim = "anticor:org-slug";
    public const string OrganizationNameClaim = "anticor:org-name";

    private IReadOnlyList<Guid>? _units;

    private ClaimsPrincipal? User => accessor.HttpContext?.User is { Identity.IsAuthenticated: true } user ? user : null;

    public bool IsSignedIn => User is not null;

    public Guid? Id => Guid.TryParse(User?.FindFirstValue(ClaimTypes.NameIdentifier), out var id) ? id : null;

    /// <summary>How editions and the audit trail name the person.</summary>
    public string Name => NameOf(User);

    public OrganizationContext? Organization => OrganizationOf(User);

    public Guid? OrganizationId => Organization?.Id;

    public bool IsInRole(string role) => User?.IsInRole(role) == true;

    public bool IsDeploymentAdministrator => IsInRole(Roles.DeploymentAdministrator);

    /// <summary>The units of the user's current organisation they report for.</summary>
    public async Task<IReadOnlyList<Guid>> UnitsAsync(CancellationToken cancellationToken = default) =>
        _units ??= Id is { } id
            ? await db.UserUnits.Where(x => x.UserId == id).Join(db.OrgUnits, x => x.OrgUnitId, u => u.Id, (x, u) => u.Id).ToListAsync(cancellationToken)
            : [];

    public static string NameOf(ClaimsPrincipal? user) =>
        user?.FindFirstValue(AccountClaims.DisplayName)
        ?? user?.FindFirstValue(ClaimTypes.Email)
        ?? user?.Identity?.Name
        ?? SystemActor.Instance.Name;

    public static OrganizationContext? OrganizationOf(ClaimsPrincipal? user) =>
        user?.Identity?.IsAuthenticated == true
        && Guid.TryParse(user.FindFirstValue(OrganizationClaim), out var id)
        && user.FindFirstValue(OrganizationSlugClaim) is { } slug
            ? new OrganizationContext(id, slug, user.FindFirstValue(OrganizationNameClaim) ?? slug)
            : null;
}
