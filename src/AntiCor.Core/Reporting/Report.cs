using AntiCor.Core.Domain;

namespace AntiCor.Core.Reporting;

/// <summary>What an executor writes in a report, as one value: a draft's content.</summary>
public sealed record ReportContent(
    MessageType MessageType,
    MeasureStatus Status,
    string? WhatWasDone,
    DateOnly? CompletedOn,
    string? Reasons,
    string? CancellingAct = null);

/// <summary>
/// One version of an executor's report on an obligation. A draft is edited freely (its version
/// token stops two tabs overwriting each other); once submitted it never changes — a correction
/// is a new version with its reason, and every version stays viewable.
/// </summary>
public sealed class Report : ITenantOwned, IVersioned
{
    private readonly List<IndicatorValue> _indicatorValues = [];
    private readonly List<ReportEvidence> _evidence = [];

    private Report() { }

    internal Report(Obligation obligation, int number, Guid authorId, DateTime createdAtUtc, Report? previous)
    {
        Id = Guid.CreateVersion7();
        OrganizationId = obligation.OrganizationId;
        ObligationId = obligation.Id;
        Number = number;
        AuthorId = authorId;
        CreatedAtUtc = createdAtUtc;
        State = ReportState.Draft;
        if (previous is not null)
        {
            MessageType = previous.MessageType;
            Status = previous.Status;
            WhatWasDone = previous.WhatWasDone;
            CompletedOn = previous.CompletedOn;
            Reasons = previous.Reasons;
            CancellingAct = previous.CancellingAct;
            _indicatorValues.AddRange(previous._indicatorValues.Select(v => new IndicatorValue(v.IndicatorId, v.Value)));
            _evidence.AddRange(previous._evidence.Select(e => e.Copy()));
        }
    }

    public Guid Id { get; private set; }
    public Guid OrganizationId { get; private set; }
    public Guid ObligationId { get; private set; }

    /// <summary>1 for the first report, 2 for its first correction…</summary>
    public int Number { get; private set; }
    public ReportState State { get; private set; }
    public MessageType MessageType { get; private set; }
    public MeasureStatus Status { get; private set; }
    public string? WhatWasDone { get; private set; }
    public DateOnly? CompletedOn { get; private set; }
    public string? Reasons { get; private set; }

    /// <summary>The act that cancelled the measure, required for «Втратив актуальність».</summary>
    public string? CancellingAct { get; private set; }

    /// <summary>Why a later version corrects an earlier one; required from version 2.</summary>
    public string? CorrectionReason { get; private set; }
    public Guid AuthorId { get; private set; }
    public DateTime CreatedAtUtc { get; private set; }
    public DateTime? SubmittedAtUtc { get; private set; }
    public Guid? SubmittedById { get; private set; }

    /// <summary>Days past the due date on Kyiv's calendar when submitted; 0 when on time.</summary>
    public int DaysLate { get; private set; }
    public string? ReviewComment { get; private set; }
    public DateTime? ReviewedAtUtc { get; private set; }
    public Guid? ReviewedById { get; private set; }

    /// <summary>When the coordinator opened this accepted report to the public portal; null while it is internal.</summary>
    public DateTime? PublishedAtUtc { get; private set; }
    public int Version { get; private set; }
    public IReadOnlyList<IndicatorValue> IndicatorValues => _indicatorValues;
    public IReadOnlyList<ReportEvidence> Evidence => _evidence;

    public bool IsCorrection => Number > 1;

    public void Edit(ReportContent content, string? correctionReason)
    {
        EnsureDraft();
        MessageType = content.MessageType;
        Status = content.Status;
        WhatWasDone = Clean(content.WhatWasDone);
        CompletedOn = content.CompletedOn;
        Reasons = Clean(content.Reasons);
        CancellingAct = Clean(content.CancellingAct);
        CorrectionReason = Clean(correctionReason);
    }

    public void SetIndicatorValue(Guid indicatorId, decimal? value)
    {
        EnsureDraft();
        _indicatorValues.RemoveAll(v => v.IndicatorId == indicatorId);
        if (value is { } v)
        {
            _indicatorValues.Add(new IndicatorValue(indicatorId, v));
        }
    }

    public ReportEvidence AttachLink(string url, string? title)
    {
        EnsureDraft();
        var evidence = ReportEvidence.Link(url, title);
        _evidence.Add(evidence);
        return evidence;
    }

    public ReportEvidence AttachFile(EvidenceContent content, string fileName)
    {
        EnsureDraft();
        var evidence = ReportEvidence.File(content, fileName);
        _evidence.Add(evidence);
        return evidence;
    }

    public void Detach(Guid evidenceId)
    {
        EnsureDraft();
        _evidence.RemoveAll(e => e.Id == evidenceId);
    }

    /// <summary>What stops this draft being submitted, field by field (the form shows each beside its field).</summary>
    public IReadOnlyList<(string Field, string Message)> SubmissionProblems()
    {
        var problems = new List<(string, string)>();
        if (MessageType == MessageType.Progress && Status is not (MeasureStatus.NotStarted or MeasureStatus.InProgress))
        {
            problems.Add((nameof(Status), "Повідомлення про прогрес подається зі статусом «Не розпочато» або «Виконується»; для інших статусів оберіть повідомлення про результат."));
        }

        if (MessageType == MessageType.Result && Status is MeasureStatus.NotStarted or MeasureStatus.InProgress)
        {
            problems.Add((nameof(Status), "Повідомлення про результат подається зі статусом «Виконано», «Виконано частково», «Не виконано» або «Втратив актуальність»."));
        }

        if (Status == MeasureStatus.Done && CompletedOn is null)
        {
            problems.Add((nameof(CompletedOn), "Для статусу «Виконано» вкажіть фактичну дату виконання."));
        }

        if (Status is MeasureStatus.NotDone or MeasureStatus.PartlyDone && string.IsNullOrWhiteSpace(Reasons))
        {
            problems.Add((nameof(Reasons), "Для статусів «Не виконано» та «Виконано частково» вкажіть причини невиконання."));
        }

        if (Status == MeasureStatus.Obsolete && string.IsNullOrWhiteSpace(CancellingAct))
        {
            problems.Add((nameof(CancellingAct), "Статус «Втратив актуальність» можливий лише з реквізитами акта, яким захід скасовано."));
        }

        if (Status is not (MeasureStatus.NotStarted or MeasureStatus.Obsolete) && string.IsNullOrWhiteSpace(WhatWasDone))
        {
            problems.Add((nameof(WhatWasDone), "Опишіть, що зроблено."));
        }

        if (IsCorrection && string.IsNullOrWhiteSpace(CorrectionReason))
        {
            problems.Add((nameof(CorrectionReason), "Вкажіть причину виправлення звіту."));
        }

        return problems;
    }

    internal void MarkSubmitted(Guid by, DateTime atUtc, int daysLate)
    {
        EnsureDraft();
        if (SubmissionProblems() is { Count: > 0 } problems)
        {
            throw new DomainException(string.Join(" ", problems.Select(p => p.Message)));
        }

        State = ReportState.Submitted;
        SubmittedById = by;
        SubmittedAtUtc = atUtc;
        DaysLate = Math.Max(0, daysLate);
    }

    internal void MarkReviewed(ReportState outcome, string? comment, Guid by, DateTime atUtc)
    {
        if (State != ReportState.Submitted)
        {
            throw new DomainException("Розглянути можна лише поданий звіт, що очікує розгляду.");
        }

        State = outcome;
        ReviewComment = Clean(comment);
        ReviewedById = by;
        ReviewedAtUtc = atUtc;
    }

    internal void MarkSuperseded() => State = ReportState.Superseded;

    /// <summary>
    /// The coordinator's choice to show this report on the public portal. Only an accepted report
    /// is published: a draft, a submission under review or a returned report is not the body's word yet.
    /// </summary>
    public void Publish(DateTime atUtc)
    {
        if (State != ReportState.Accepted)
        {
            throw new DomainException("Оприлюднити можна лише прийнятий звіт.");
        }

        PublishedAtUtc ??= atUtc;
    }

    public void Unpublish() => PublishedAtUtc = null;

    private void EnsureDraft()
    {
        if (State != ReportState.Draft)
        {
            throw new DomainException("Поданий звіт не змінюється: створіть виправлену версію.");
        }
    }

    private static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}

/// <summary>An indicator's actual value as an executor reported it.</summary>
public sealed class IndicatorValue
{
    private IndicatorValue() { }

    internal IndicatorValue(Guid indicatorId, decimal value)
    {
        IndicatorId = indicatorId;
        Value = value;
    }

    public Guid Id { get; private set; } = Guid.CreateVersion7();
    public Guid ReportId { get; private set; }
    public Guid IndicatorId { get; private set; }
    public decimal Value { get; private set; }
}
