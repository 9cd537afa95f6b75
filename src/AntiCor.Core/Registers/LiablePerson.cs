using AntiCor.Core.Domain;

namespace AntiCor.Core.Registers;

public enum LiabilityDecisionKind
{
    /// <summary>A court decision (administrative or criminal liability).</summary>
    CourtDecision,

    /// <summary>A disciplinary order of the head.</summary>
    DisciplinaryOrder,
}

/// <summary>
/// An official held liable for a corruption or corruption-related offence (NACP's model
/// regulation of the unit, order 277/21): the offence, the court decision or disciplinary
/// order with its date, and the measures taken, such as a dismissal or an internal review of
/// the offence's causes.
/// </summary>
public sealed class LiablePerson : ITenantOwned, IVersioned, IPersonalRecord
{
    private LiablePerson() { }

    public LiablePerson(Guid organizationId, Guid orgUnitId)
    {
        Id = Guid.CreateVersion7();
        OrganizationId = organizationId;
        OrgUnitId = orgUnitId;
    }

    public Guid Id { get; private set; }
    public Guid OrganizationId { get; private set; }
    public Guid OrgUnitId { get; private set; }
    public string? PersonName { get; private set; }
    public string Position { get; private set; } = "";

    /// <summary>The offence as the decision names it, with its article (e.g. «ст. 172-7 КУпАП»).</summary>
    public string Offence { get; private set; } = "";

    /// <summary>When the offence was committed or found (the protocol's date), if known.</summary>
    public DateOnly? OffenceOn { get; private set; }
    public LiabilityDecisionKind DecisionKind { get; private set; }

    /// <summary>The court and case number, or the order's number.</summary>
    public string Decision { get; private set; } = "";
    public DateOnly DecisionOn { get; private set; }
    public bool Dismissed { get; private set; }
    public bool CausesReviewed { get; private set; }
    public string? MeasuresTaken { get; private set; }
    public DateTime? ErasedAtUtc { get; private set; }
    public int Version { get; private set; }

    public DateOnly RecordedOn => DecisionOn;

    public void Edit(Guid orgUnitId, string personName, string position, string offence, DateOnly? offenceOn,
        LiabilityDecisionKind decisionKind, string decision, DateOnly decisionOn, bool dismissed, bool causesReviewed, string? measuresTaken)
    {
        RegisterDates.NotBefore(decisionOn, offenceOn ?? decisionOn, RegisterWords.DecisionBeforeOffence);
        OrgUnitId = orgUnitId;
        PersonName = Guard.NotBlank(personName, "Посадова особа");
        Position = Guard.NotBlank(position, "Посада");
        Offence = Guard.NotBlank(offence, "Правопорушення");
        OffenceOn = offenceOn;
        DecisionKind = decisionKind;
        Decision = Guard.NotBlank(decision, "Рішення");
        DecisionOn = decisionOn;
        Dismissed = dismissed;
        CausesReviewed = causesReviewed;
        MeasuresTaken = RegisterDates.Clean(measuresTaken);
    }

    public void ErasePersonalData(DateTime atUtc)
    {
        PersonName = null;
        ErasedAtUtc = atUtc;
    }
}
