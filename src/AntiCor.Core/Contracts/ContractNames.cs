using AntiCor.Core.Domain;

namespace AntiCor.Core.Contracts;

/// <summary>The contract's spelling of the domain's enumerations.</summary>
public static class ContractNames
{
    public static string Of(TermKind kind) => kind switch
    {
        TermKind.Period => "period",
        TermKind.Date => "date",
        TermKind.Annual => "annual",
        TermKind.Quarterly => "quarterly",
        TermKind.Continuous => "continuous",
        TermKind.PerPlan => "per-plan",
        _ => "unknown",
    };

    public static string Of(ExecutorKind kind) => kind switch
    {
        ExecutorKind.Group => "group",
        ExecutorKind.External => "external",
        _ => "unit",
    };

    public static string Of(ReportingFrequency frequency) => frequency switch
    {
        ReportingFrequency.Monthly => "monthly",
        ReportingFrequency.HalfYearly => "half-yearly",
        ReportingFrequency.Yearly => "yearly",
        _ => "quarterly",
    };

    public static string? Of(DueMonth? dueMonth) => dueMonth switch
    {
        DueMonth.LastOfPeriod => "last-of-period",
        DueMonth.FirstAfterPeriod => "first-after-period",
        _ => null,
    };

    public static TermKind TermKindOf(string name) =>
        Enum.GetValues<TermKind>().FirstOrDefault(k => Of(k) == name, TermKind.Unknown);

    public static ExecutorKind ExecutorKindOf(string name) =>
        Enum.GetValues<ExecutorKind>().FirstOrDefault(k => Of(k) == name, ExecutorKind.Unit);

    public static ReportingFrequency FrequencyOf(string name) =>
        Enum.GetValues<ReportingFrequency>().FirstOrDefault(k => Of(k) == name, ReportingFrequency.Quarterly);

    public static DueMonth? DueMonthOf(string? name) => name switch
    {
        "last-of-period" => DueMonth.LastOfPeriod,
        "first-after-period" => DueMonth.FirstAfterPeriod,
        _ => null,
    };
}
