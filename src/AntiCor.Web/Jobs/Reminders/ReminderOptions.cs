namespace AntiCor.Web.Jobs.Reminders;

/// <summary>
/// The `Reminders` section: when the daily reporting job runs and which letters it sends. Planning
/// runs every day whatever <see cref="Enabled"/> says; only the letters are switched off.
/// </summary>
public sealed class ReminderOptions
{
    public const string Section = "Reminders";

    /// <summary>`Reminders:Enabled`: false plans periods but sends no reminders.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>`Reminders:Hour`: the hour on Kyiv's clock (0-23) of the daily run.</summary>
    public int Hour { get; set; } = 8;

    /// <summary>
    /// `Reminders:DaysBefore`: days before the due date on which the unit's executors are reminded.
    /// Empty means the default 7 and 1 (a bound array would be appended to a non-empty default).
    /// </summary>
    public int[] DaysBefore { get; set; } = [];

    /// <summary>`Reminders:EscalateToCoordinatorAfterDays` (N): days overdue after which the organisation's coordinators are told.</summary>
    public int EscalateToCoordinatorAfterDays { get; set; } = 1;

    /// <summary>`Reminders:EscalateToHeadAfterDays` (K): days overdue after which the organisation's heads are told.</summary>
    public int EscalateToHeadAfterDays { get; set; } = 5;

    /// <summary>
    /// `Reminders:CatchUpDays`: how late a missed step (the node was down that day) is still sent.
    /// Older steps are skipped, so a programme imported with long-past open periods does not flood
    /// every executor and head with letters about years gone by.
    /// </summary>
    public int CatchUpDays { get; set; } = 3;

    /// <summary>`Reminders:SiteUrl`: the site's public address for links in letters ("https://anticor.example.gov.ua"); empty gives bare paths.</summary>
    public string SiteUrl { get; set; } = "";

    public IReadOnlyList<int> EffectiveDaysBefore =>
        [.. (DaysBefore.Length > 0 ? DaysBefore : [7, 1]).Where(d => d > 0).Distinct().OrderDescending()];

    public string Link(string path) => SiteUrl.TrimEnd('/') + path;
}
