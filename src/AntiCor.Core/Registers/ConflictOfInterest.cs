using AntiCor.Core.Domain;
using AntiCor.Core.Reporting;

namespace AntiCor.Core.Registers;

public enum ConflictKind
{
    Real,
    Potential,
}

/// <summary>
/// A notification of a conflict of interest (measure 7.5) and the manager's settlement of it,
/// due within <see cref="SettlementWorkingDays"/> working days of the notification (weekends and
/// the deployment's public holidays do not count).
/// </summary>
public sealed class ConflictOfInterest : ITenantOwned, IVersioned, IPersonalRecord
{
    public const int SettlementWorkingDays = 2;

    private ConflictOfInterest() { }

    public ConflictOfInterest(Guid organizationId, Guid orgUnitId)
    {
        Id = Guid.CreateVersion7();
        OrganizationId = organizationId;
        OrgUnitId = orgUnitId;
    }

    public Guid Id { get; private set; }
    public Guid OrganizationId { get; private set; }
    public Guid OrgUnitId { get; private set; }
    public string? PersonName { get; private set; }
    public ConflictKind Kind { get; private set; }
    public string Description { get; private set; } = "";
    public DateOnly NotifiedOn { get; private set; }

    /// <summary>The last day for the settlement, counted when the notification is recorded.</summary>
    public DateOnly SettlementDueOn { get; private set; }
    public string? SettlementDecision { get; private set; }
    public DateOnly? SettledOn { get; private set; }
    public string? Outcome { get; private set; }
    public DateTime? ErasedAtUtc { get; private set; }
    public int Version { get; private set; }

    public DateOnly RecordedOn => NotifiedOn;

    public void Edit(Guid orgUnitId, string personName, ConflictKind kind, string description, DateOnly notifiedOn,
        string? settlementDecision, DateOnly? settledOn, string? outcome, DaysOff daysOff)
    {
        RegisterDates.NotBefore(settledOn, notifiedOn, RegisterWords.SettlementBeforeNotification);
        if (settledOn is not null && string.IsNullOrWhiteSpace(settlementDecision))
        {
            throw new DomainException(RegisterWords.SettlementWithoutDecision);
        }

        OrgUnitId = orgUnitId;
        PersonName = Guard.NotBlank(personName, "Особа");
        Kind = kind;
        Description = Guard.NotBlank(description, "Опис конфлікту");
        NotifiedOn = notifiedOn;
        SettlementDueOn = DueOn(notifiedOn, daysOff);
        SettlementDecision = RegisterDates.Clean(settlementDecision);
        SettledOn = settledOn;
        Outcome = RegisterDates.Clean(outcome);
    }

    public static DateOnly DueOn(DateOnly notifiedOn, DaysOff daysOff) => daysOff.AddWorkingDays(notifiedOn, SettlementWorkingDays);

    /// <summary>Settled after its due day, or still unsettled once the due day has passed.</summary>
    public bool IsOverdue(DateOnly today) => SettledOn is { } settled ? settled > SettlementDueOn : today > SettlementDueOn;

    public void ErasePersonalData(DateTime atUtc)
    {
        PersonName = null;
        ErasedAtUtc = atUtc;
    }
}
