namespace AntiCor.Core.Reporting;

/// <summary>One executor's accepted report, as the status rule sees it.</summary>
public readonly record struct AcceptedStatus(bool IsLead, MeasureStatus Status);

/// <summary>
/// A measure's status for a period from its executors' accepted reports: the department's override
/// when it set one; otherwise the lead's report; without an accepted lead report, the executors'
/// reports together — all alike give that status, a mix with some work done is «Виконано
/// частково», a mix without is «Виконується». Null: nothing accepted yet (no information).
/// </summary>
public static class MeasureStatusRule
{
    public static MeasureStatus? Derive(IReadOnlyCollection<AcceptedStatus> accepted, MeasureStatus? statusOverride)
    {
        if (statusOverride is { } set)
        {
            return set;
        }

        if (accepted.FirstOrDefault(a => a.IsLead) is { IsLead: true } lead)
        {
            return lead.Status;
        }

        var statuses = accepted.Select(a => a.Status).Where(s => s != MeasureStatus.Obsolete).Distinct().ToList();
        if (statuses.Count == 0)
        {
            return accepted.Count > 0 ? MeasureStatus.Obsolete : null;
        }

        if (statuses.Count == 1)
        {
            return statuses[0];
        }

        return statuses.Any(s => s is MeasureStatus.Done or MeasureStatus.PartlyDone) ? MeasureStatus.PartlyDone : MeasureStatus.InProgress;
    }

    /// <summary>Whether a status counts in percentages: «Втратив актуальність» is shown but left out (with a footnote).</summary>
    public static bool Counts(MeasureStatus? status) => status != MeasureStatus.Obsolete;
}
