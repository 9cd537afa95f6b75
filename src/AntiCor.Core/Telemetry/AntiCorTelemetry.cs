using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace AntiCor.Core.Telemetry;

/// <summary>
/// The app's one meter and one activity source, both named "AntiCor". They live in Core (plain
/// System.Diagnostics, no exporter) because the importer and the audit trail record here too; the
/// web host decides whether anything listens (OpenTelemetry over OTLP when configured). Nothing
/// recorded carries a name, an address or a document's content: only counts, durations and kinds.
/// </summary>
public static class AntiCorTelemetry
{
    public const string Name = "AntiCor";

    public static readonly ActivitySource Source = new(Name);

    public static readonly Meter Meter = new(Name);

    /// <summary>Reports submitted by executors (and recorded by the department for external executors).</summary>
    public static readonly Counter<long> ReportsSubmitted = Meter.CreateCounter<long>(
        "anticor.reports.submitted", "{report}", "Reports submitted");

    /// <summary>Reminder and escalation letters the daily run handed to the outbox.</summary>
    public static readonly Counter<long> RemindersSent = Meter.CreateCounter<long>(
        "anticor.reminders.sent", "{letter}", "Reminder letters queued for delivery");

    /// <summary>Daily reminder runs that failed (they are retried by the scheduler).</summary>
    public static readonly Counter<long> RemindersFailed = Meter.CreateCounter<long>(
        "anticor.reminders.failed", "{run}", "Reminder runs that failed");

    /// <summary>Letters the SMTP server accepted.</summary>
    public static readonly Counter<long> MailSent = Meter.CreateCounter<long>(
        "anticor.mail.sent", "{letter}", "Letters accepted by the SMTP server");

    /// <summary>Delivery attempts that failed (tag given_up: the last allowed attempt).</summary>
    public static readonly Counter<long> MailFailed = Meter.CreateCounter<long>(
        "anticor.mail.failed", "{attempt}", "Letter delivery attempts that failed");

    /// <summary>How long reading one document took (tags: format, outcome ok|refused).</summary>
    public static readonly Histogram<double> ImportDuration = Meter.CreateHistogram<double>(
        "anticor.import.duration", "ms", "Time to read and interpret one document");

    /// <summary>Time the audit trail adds to one save: the chain lock, the head read and the appended rows.</summary>
    public static readonly Histogram<double> AuditAppendDuration = Meter.CreateHistogram<double>(
        "anticor.audit.append.duration", "ms", "Time to append a save's audit rows to their chains");

    private static long _outboxDepth = -1;

    /// <summary>Letters waiting in the outbox, as last counted on this node (by the sender job or the readiness check).</summary>
    public static readonly ObservableGauge<long> OutboxDepth = Meter.CreateObservableGauge(
        "anticor.outbox.depth", ObserveOutboxDepth, "{letter}", "Letters waiting to be sent");

    /// <summary>Records the outbox's depth as just counted.</summary>
    public static void RecordOutboxDepth(long depth) => Interlocked.Exchange(ref _outboxDepth, depth);

    private static IEnumerable<Measurement<long>> ObserveOutboxDepth()
    {
        var depth = Interlocked.Read(ref _outboxDepth);
        return depth < 0 ? [] : [new Measurement<long>(depth)];
    }

    /// <summary>Milliseconds since a <see cref="Stopwatch.GetTimestamp"/>.</summary>
    public static double MillisecondsSince(long startTimestamp) => Stopwatch.GetElapsedTime(startTimestamp).TotalMilliseconds;
}
