using AntiCor.Core.Domain;

namespace AntiCor.Core.Reporting;

/// <summary>
/// A private iCalendar address of one unit's due dates for one user. Only the token's SHA-256 is
/// stored; the user sees the address once and can revoke it.
/// </summary>
public sealed class CalendarFeed : ITenantOwned
{
    private CalendarFeed() { }

    public CalendarFeed(Guid organizationId, Guid userId, Guid orgUnitId, string tokenSha256, DateTime createdAtUtc)
    {
        Id = Guid.CreateVersion7();
        OrganizationId = organizationId;
        UserId = userId;
        OrgUnitId = orgUnitId;
        TokenSha256 = tokenSha256;
        CreatedAtUtc = createdAtUtc;
    }

    public Guid Id { get; private set; }
    public Guid OrganizationId { get; private set; }
    public Guid UserId { get; private set; }
    public Guid OrgUnitId { get; private set; }
    public string TokenSha256 { get; private set; } = "";
    public DateTime CreatedAtUtc { get; private set; }
    public DateTime? RevokedAtUtc { get; private set; }

    public bool IsActive => RevokedAtUtc is null;

    public void Revoke(DateTime atUtc) => RevokedAtUtc ??= atUtc;
}
