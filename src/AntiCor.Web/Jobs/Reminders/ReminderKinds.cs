namespace AntiCor.Web.Jobs.Reminders;

/// <summary>Who a reminder step is addressed to.</summary>
public enum ReminderAudience
{
    Executors,
    Coordinators,
    Heads,
}

/// <summary>One step of the ladder: its <see cref="Core.Reporting.ReminderDelivery.Kind"/>, its day relative to the due date (negative: before), its audience.</summary>
public sealed record ReminderStep(string Kind, int Day, ReminderAudience Audience);

/// <summary>
/// The ladder of reminders for one obligation, from the options: "before-7", "before-1", "due",
/// "overdue" to the unit's executors, then "escalate-coordinator" and "escalate-head".
/// </summary>
public static class ReminderKinds
{
    public const string Due = "due";
    public const string Overdue = "overdue";
    public const string EscalateCoordinator = "escalate-coordinator";
    public const string EscalateHead = "escalate-head";

    public static string Before(int days) => $"before-{days}";

    public static IReadOnlyList<ReminderStep> Ladder(ReminderOptions options) =>
    [
        .. options.EffectiveDaysBefore.Select(d => new ReminderStep(Before(d), -d, ReminderAudience.Executors)),
        new(Due, 0, ReminderAudience.Executors),
        new(Overdue, 1, ReminderAudience.Executors),
        new(EscalateCoordinator, Math.Max(1, options.EscalateToCoordinatorAfterDays), ReminderAudience.Coordinators),
        new(EscalateHead, Math.Max(1, options.EscalateToHeadAfterDays), ReminderAudience.Heads),
    ];

    /// <summary>
    /// The steps an obligation due <paramref name="day"/> days ago (negative: in the future) takes
    /// today. Executors get only the latest step reached — a letter "7 days left" is pointless when
    /// one day is left; each escalation is taken on its own. A step reached more than
    /// <paramref name="catchUpDays"/> ago is no longer taken.
    /// </summary>
    public static IEnumerable<ReminderStep> Reached(IReadOnlyList<ReminderStep> ladder, int day, int catchUpDays)
    {
        bool Fresh(ReminderStep s) => s.Day <= day && day - s.Day <= Math.Max(0, catchUpDays);
        if (ladder.Where(s => s.Audience == ReminderAudience.Executors && s.Day <= day).MaxBy(s => s.Day) is { } latest && Fresh(latest))
        {
            yield return latest;
        }

        foreach (var escalation in ladder.Where(s => s.Audience != ReminderAudience.Executors && Fresh(s)))
        {
            yield return escalation;
        }
    }
}
