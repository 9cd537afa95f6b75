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
        TermKind.Monthly => TermKinds.Monthly,
        TermKind.HalfYearly => TermKinds.HalfYearly,
        TermKind.OnOccurrence => TermKinds.OnOccurrence,
        TermKind.FromDate => TermKinds.FromDate,
        TermKind.ProgrammePeriod => TermKinds.ProgrammePeriod,
        _ => TermKinds.Unknown,
    };

    public static string Of(ExecutorKind kind) => kind switch
    {
        ExecutorKind.Group => ExecutorKinds.Group,
        ExecutorKind.External => ExecutorKinds.External,
        ExecutorKind.Position => ExecutorKinds.Position,
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

    /// <summary>The domain's kind of a contract term kind; a name outside the contract is Unknown (the text is kept).</summary>
    public static TermKind TermKindOf(string name) =>
        Enum.GetValues<TermKind>().FirstOrDefault(k => Of(k) == name, TermKind.Unknown);

    /// <summary>The domain's kind of a contract executor kind; a name outside the contract is a unit.</summary>
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
