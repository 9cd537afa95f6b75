namespace AntiCor.Core.Tenancy;

/// <summary>
/// Which organisation's records the queries of one unit of work may see. A web request starts
/// seeing nothing (fail closed) until it names its organisation — the signed-in user's, or the
/// one whose public pages are asked for; system work (start-up, jobs, the command line) sees all.
/// </summary>
public sealed class TenantScope
{
    private TenantScope(bool unrestricted) => Unrestricted = unrestricted;

    /// <summary>Outside any request: start-up seeding, scheduled jobs, the CLI.</summary>
    public static TenantScope System() => new(unrestricted: true);

    /// <summary>A request that has not yet named its organisation: no tenant-owned row is visible.</summary>
    public static TenantScope None() => new(unrestricted: false);

    public static TenantScope For(Guid organizationId)
    {
        var scope = None();
        scope.Enter(organizationId);
        return scope;
    }

    public Guid? OrganizationId { get; private set; }

    public bool Unrestricted { get; private set; }

    /// <summary>From here on the unit of work sees this organisation's records only.</summary>
    public void Enter(Guid organizationId)
    {
        OrganizationId = organizationId;
        Unrestricted = false;
    }
}
