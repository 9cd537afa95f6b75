namespace AntiCor.Core.Contracts;

/// <summary>
/// The kinds of a measure's term as the contract spells them (contracts/programme.schema.json),
/// in one place; <see cref="ContractNames"/> maps each to the domain's <see cref="Domain.TermKind"/>.
/// </summary>
public static class TermKinds
{
    public const string Period = "period";
    public const string Date = "date";
    public const string Annual = "annual";
    public const string Quarterly = "quarterly";
    public const string Continuous = "continuous";
    public const string PerPlan = "per-plan";
    public const string Unknown = "unknown";

    /// <summary>"Щомісяця".</summary>
    public const string Monthly = "monthly";

    /// <summary>"Щопівроку".</summary>
    public const string HalfYearly = "half-yearly";

    /// <summary>"За потреби", "у разі надходження": done when the occasion arises.</summary>
    public const string OnOccurrence = "on-occurrence";

    /// <summary>"З 01.09.2025": from a date on, with no end.</summary>
    public const string FromDate = "from-date";

    /// <summary>"Упродовж дії програми": the programme's whole period.</summary>
    public const string ProgrammePeriod = "programme-period";

    public static readonly IReadOnlyList<string> All =
    [
        Period, Date, Annual, Quarterly, Continuous, PerPlan, Unknown, Monthly, HalfYearly, OnOccurrence, FromDate, ProgrammePeriod,
    ];
}
