using AntiCor.Core.Domain;

namespace AntiCor.Core.Contracts;

/// <summary>The contract's spelling of the domain's enumerations, and back.</summary>
public static class ContractNames
{
    public static string Of(TermKind kind) => kind switch
    {
        TermKind.Period => TermKinds.Period,
        TermKind.Date => TermKinds.Date,
        TermKind.Annual => TermKinds.Annual,
        TermKind.Quarterly => TermKinds.Quarterly,
        TermKind.Continuous => TermKinds.Continuous,
        TermKind.PerPlan => TermKinds.PerPlan,
        _ => TermKinds.Unknown,
    };

    public static string Of(ExecutorKind kind) => kind switch
    {
        ExecutorKind.Group => ExecutorKinds.Group,
        ExecutorKind.External => ExecutorKinds.External,
        _ => ExecutorKinds.Unit,
    };

    public static string Of(ReportingFrequency frequency) => frequency switch
    {
        ReportingFrequency.Monthly => ReportingValues.Monthly,
        ReportingFrequency.HalfYearly => ReportingValues.HalfYearly,
        ReportingFrequency.Yearly => ReportingValues.Yearly,
        _ => ReportingValues.Quarterly,
    };

    public static string? Of(DueMonth? dueMonth) => dueMonth switch
    {
        DueMonth.LastOfPeriod => ReportingValues.LastOfPeriod,
        DueMonth.FirstAfterPeriod => ReportingValues.FirstAfterPeriod,
        _ => null,
    };

    /// <summary>The domain's kind of a contract term kind; kinds the domain does not have yet are Unknown (the text is kept).</summary>
    public static TermKind TermKindOf(string name) =>
        Enum.GetValues<TermKind>().FirstOrDefault(k => Of(k) == name, TermKind.Unknown);

    /// <summary>The domain's kind of a contract executor kind; a position is stored as a unit until the domain has positions.</summary>
    public static ExecutorKind ExecutorKindOf(string name) =>
        Enum.GetValues<ExecutorKind>().FirstOrDefault(k => Of(k) == name, ExecutorKind.Unit);

    public static ReportingFrequency FrequencyOf(string name) =>
        Enum.GetValues<ReportingFrequency>().FirstOrDefault(k => Of(k) == name, ReportingFrequency.Quarterly);

    public static DueMonth? DueMonthOf(string? name) => name switch
    {
        ReportingValues.LastOfPeriod => DueMonth.LastOfPeriod,
        ReportingValues.FirstAfterPeriod => DueMonth.FirstAfterPeriod,
        _ => null,
    };
}
