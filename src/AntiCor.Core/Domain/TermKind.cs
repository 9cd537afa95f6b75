namespace AntiCor.Core.Domain;

/// <summary>The kinds of a measure's term, as in the open-data contract.</summary>
public enum TermKind
{
    Period,
    Date,
    Annual,
    Quarterly,
    Continuous,
    PerPlan,
    Unknown,
    Monthly,
    HalfYearly,
    OnOccurrence,
    FromDate,
    ProgrammePeriod,
}
