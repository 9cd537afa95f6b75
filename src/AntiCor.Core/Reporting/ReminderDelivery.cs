namespace AntiCor.Core.Reporting;

/// <summary>
/// A reminder or escalation queued for an obligation. Unique per obligation and kind, written in
/// the same transaction as its outbox letters: a rerun (or a restarted host) finds it and sends
/// nothing twice.
/// </summary>
public sealed class ReminderDelivery
{
    private ReminderDelivery() { }

    public ReminderDelivery(Guid obligationId, string kind, int recipients, DateTime queuedAtUtc)
    {
        Id = Guid.CreateVersion7();
        ObligationId = obligationId;
        Kind = kind;
        Recipients = recipients;
        QueuedAtUtc = queuedAtUtc;
    }

    public Guid Id { get; private set; }
    public Guid ObligationId { get; private set; }

    /// <summary>"before-7", "before-1", "due", "overdue", "escalate-coordinator", "escalate-head".</summary>
    public string Kind { get; private set; } = "";
    public int Recipients { get; private set; }
    public DateTime QueuedAtUtc { get; private set; }
}
