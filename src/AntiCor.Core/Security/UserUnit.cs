namespace AntiCor.Core.Security;

/// <summary>An executor's membership in an org unit: the unit's obligations are theirs to report.</summary>
public sealed class UserUnit
{
    private UserUnit() { }

    public UserUnit(Guid userId, Guid orgUnitId)
    {
        UserId = userId;
        OrgUnitId = orgUnitId;
    }

    public Guid UserId { get; private set; }
    public Guid OrgUnitId { get; private set; }
}
