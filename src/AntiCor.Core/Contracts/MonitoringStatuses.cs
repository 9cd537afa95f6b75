namespace AntiCor.Core.Contracts;

/// <summary>A measure's state in a monitoring table normalised from its words ("Виконано", "Виконується"), in one place.</summary>
public static class MonitoringStatuses
{
    public const string Done = "done";
    public const string InProgress = "in-progress";
    public const string NotDone = "not-done";

    public static readonly IReadOnlyList<string> All = [Done, InProgress, NotDone];
}
