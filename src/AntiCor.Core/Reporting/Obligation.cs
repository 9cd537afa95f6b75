using AntiCor.Core.Domain;

namespace AntiCor.Core.Reporting;

/// <summary>
/// That one executor unit reports on one measure for one period: one cell of the department's
/// board. Its reports are versions (<see cref="Report"/>); the obligation moves through
/// missing → draft → submitted → returned / accepted as they do.
/// </summary>
public sealed class Obligation : ITenantOwned, IVersioned
{
    private Obligation() { }

    public Obligation(ReportingPeriod period, Guid measureId, Guid orgUnitId, bool isLead, bool isExternal = false)
    {
        Id = Guid.CreateVersion7();
        OrganizationId = period.OrganizationId;
        ProgrammeId = period.ProgrammeId;
        PeriodId = period.Id;
        MeasureId = measureId;
        OrgUnitId = orgUnitId;
        IsLead = isLead;
        IsExternal = isExternal;
        State = ObligationState.Missing;
    }

    public Guid Id { get; private set; }
    public Guid OrganizationId { get; private set; }
    public Guid ProgrammeId { get; private set; }
    public Guid PeriodId { get; private set; }
    public Guid MeasureId { get; private set; }
    public Guid OrgUnitId { get; private set; }

    /// <summary>The lead executor (головний виконавець): its report is the measure's headline.</summary>
    public bool IsLead { get; private set; }

    /// <summary>A party outside the council "(за згодою)": not obliged; the coordinator records what it reported.</summary>
    public bool IsExternal { get; private set; }
    public ObligationState State { get; private set; }

    /// <summary>Set when the measure or the executor left the programme after reports were written: kept, not counted.</summary>
    public DateTime? WithdrawnAtUtc { get; private set; }
    public int Version { get; private set; }

    public void SetLead(bool isLead) => IsLead = isLead;

    public void Withdraw(DateTime atUtc) => WithdrawnAtUtc ??= atUtc;

    public void Restore() => WithdrawnAtUtc = null;

    /// <summary>
    /// The draft to write in: the open one, or a new version (copying the last) after the
    /// department returned or accepted the last one. A report waiting for review is not edited.
    /// </summary>
    public Report OpenDraft(IReadOnlyList<Report> versions, ReportingPeriod period, Guid authorId, DateTime nowUtc)
    {
        EnsureSame(period);
        period.EnsureOpen();
        var last = versions.MaxBy(v => v.Number);
        if (last is { State: ReportState.Draft })
        {
            return last;
        }

        if (last is { State: ReportState.Submitted })
        {
            throw new DomainException("Звіт подано й він очікує розгляду: змінити його можна після того, як департамент поверне або прийме його.");
        }

        var draft = new Report(this, (last?.Number ?? 0) + 1, authorId, nowUtc, last);
        if (State == ObligationState.Missing)
        {
            State = ObligationState.Draft;
        }

        return draft;
    }

    public void Submit(Report draft, IReadOnlyList<Report> versions, ReportingPeriod period, Guid by, DateTime nowUtc)
    {
        EnsureMine(draft);
        EnsureSame(period);
        period.EnsureOpen();
        var today = DateOnly.FromDateTime(KyivTime.FromUtc(nowUtc));
        draft.MarkSubmitted(by, nowUtc, today.DayNumber - period.DueOn.DayNumber);
        foreach (var earlier in versions.Where(v => v.Id != draft.Id && v.State is ReportState.Returned or ReportState.Accepted))
        {
            earlier.MarkSuperseded();
        }

        State = ObligationState.Submitted;
    }

    public void Return(Report report, string comment, Guid by, DateTime nowUtc)
    {
        EnsureMine(report);
        if (string.IsNullOrWhiteSpace(comment))
        {
            throw new DomainException("Щоб повернути звіт, напишіть коментар: що виправити.");
        }

        report.MarkReviewed(ReportState.Returned, comment, by, nowUtc);
        State = ObligationState.Returned;
    }

    public void Accept(Report report, string? comment, Guid by, DateTime nowUtc)
    {
        EnsureMine(report);
        report.MarkReviewed(ReportState.Accepted, comment, by, nowUtc);
        State = ObligationState.Accepted;
    }

    private void EnsureMine(Report report)
    {
        if (report.ObligationId != Id)
        {
            throw new DomainException("Звіт належить іншому зобов'язанню.");
        }
    }

    private void EnsureSame(ReportingPeriod period)
    {
        if (period.Id != PeriodId)
        {
            throw new DomainException("Звіт належить іншому звітному періоду.");
        }
    }
}
