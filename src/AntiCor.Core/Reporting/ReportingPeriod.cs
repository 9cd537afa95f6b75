using AntiCor.Core.Domain;

namespace AntiCor.Core.Reporting;

/// <summary>
/// One period of a programme's reporting calendar: its days, when reports are due, and whether
/// the department has closed it (consolidated). A closed period takes no submissions; reopening
/// needs a reason.
/// </summary>
public sealed class ReportingPeriod : ITenantOwned, IVersioned
{
    private ReportingPeriod() { }

    public ReportingPeriod(Programme programme, ScheduledPeriod scheduled)
    {
        Id = Guid.CreateVersion7();
        OrganizationId = programme.OrganizationId;
        ProgrammeId = programme.Id;
        Key = scheduled.Key.ToString();
        StartsOn = scheduled.Starts;
        EndsOn = scheduled.Ends;
        DueOn = scheduled.DueOn;
    }

    public Guid Id { get; private set; }
    public Guid OrganizationId { get; private set; }
    public Guid ProgrammeId { get; private set; }

    /// <summary>"2020Q1": see <see cref="PeriodKey"/>.</summary>
    public string Key { get; private set; } = "";
    public DateOnly StartsOn { get; private set; }
    public DateOnly EndsOn { get; private set; }
    public DateOnly DueOn { get; private set; }
    public DateTime? ClosedAtUtc { get; private set; }
    public Guid? ClosedById { get; private set; }
    public string? ReopenReason { get; private set; }
    public int Version { get; private set; }

    public bool IsClosed => ClosedAtUtc is not null;

    public PeriodKey ParsedKey => PeriodKey.Parse(Key);

    public void Reschedule(DateOnly dueOn) => DueOn = dueOn;

    public void Close(Guid by, DateTime atUtc)
    {
        if (IsClosed)
        {
            throw new DomainException("Період уже закрито.");
        }

        ClosedAtUtc = atUtc;
        ClosedById = by;
    }

    public void Reopen(string reason)
    {
        if (!IsClosed)
        {
            throw new DomainException("Період не закрито.");
        }

        ReopenReason = Guard.NotBlank(reason, "Причина повторного відкриття");
        ClosedAtUtc = null;
        ClosedById = null;
    }

    public void EnsureOpen()
    {
        if (IsClosed)
        {
            throw new DomainException("Звітний період закрито: звіти за нього більше не приймаються.");
        }
    }
}
