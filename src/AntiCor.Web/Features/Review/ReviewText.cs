using AntiCor.Web.Infrastructure.Localization;
using Microsoft.Extensions.Localization;
using AntiCor.Web.Features.Shared;

namespace AntiCor.Web.Features.Review;

/// <summary>The words of the department's pages: periods, the board, the review, the assessment.</summary>
public static class ReviewText
{
    private static readonly IStringLocalizer L = InterfaceText.For(typeof(ReviewText));

    public static string PeriodsTitle => L[nameof(PeriodsTitle)];
    public static string Period => L[nameof(Period)];
    public static string Dates => L[nameof(Dates)];
    public static string DueOn => L[nameof(DueOn)];
    public static string Closed => L[nameof(Closed)];
    public static string Obligations => L[nameof(Obligations)];
    public static string NoPeriods => L[nameof(NoPeriods)];
    public static string Board => L[nameof(Board)];
    public static string AllDirections => L[nameof(AllDirections)];
    public static string AllUnits => L[nameof(AllUnits)];
    public static string AllStates => L[nameof(AllStates)];
    public static string Direction => L[nameof(Direction)];
    public static string Unit => L[nameof(Unit)];
    public static string State => L[nameof(State)];
    public static string Filter => L[nameof(Filter)];
    public static string Number => L[nameof(Number)];
    public static string Measure => L[nameof(Measure)];
    public static string Executors => L[nameof(Executors)];
    public static string MeasureStatus => L[nameof(MeasureStatus)];
    public static string Verdict => L[nameof(Verdict)];
    public static string Assess => L[nameof(Assess)];
    public static string Lead => L[nameof(Lead)];
    public static string External => L[nameof(External)];
    public static string Overridden => L[nameof(Overridden)];
    public static string NoRows => L[nameof(NoRows)];
    public static string Pages => L[nameof(Pages)];
    public static string PreviousPage => L[nameof(PreviousPage)];
    public static string NextPage => L[nameof(NextPage)];
    public static string PageOf => L[nameof(PageOf)];
    public static string ClosePeriod => L[nameof(ClosePeriod)];
    public static string ReopenPeriod => L[nameof(ReopenPeriod)];
    public static string ReopenReason => L[nameof(ReopenReason)];
    public static string ReopenReasonRequired => L[nameof(ReopenReasonRequired)];
    public static string ClosedNote => L[nameof(ClosedNote)];
    public static string AllPeriods => L[nameof(AllPeriods)];

    public static string ReviewTitle => L[nameof(ReviewTitle)];
    public static string Version => L[nameof(Version)];
    public static string ReportState => L[nameof(ReportState)];
    public static string MessageType => L[nameof(MessageType)];
    public static string Status => L[nameof(Status)];
    public static string WhatWasDone => L[nameof(WhatWasDone)];
    public static string CompletedOn => L[nameof(CompletedOn)];
    public static string Reasons => L[nameof(Reasons)];
    public static string CancellingAct => L[nameof(CancellingAct)];
    public static string CorrectionReason => L[nameof(CorrectionReason)];
    public static string SubmittedAt => L[nameof(SubmittedAt)];
    public static string Indicators => L[nameof(Indicators)];
    public static string Evidence => L[nameof(Evidence)];
    public static string NoEvidence => L[nameof(NoEvidence)];
    public static string Versions => L[nameof(Versions)];
    public static string ReviewComment => L[nameof(ReviewComment)];
    public static string Comment => L[nameof(Comment)];
    public static string Accept => L[nameof(Accept)];
    public static string Return => L[nameof(Return)];
    public static string NotWaiting => L[nameof(NotWaiting)];
    public static string DraftHidden => L[nameof(DraftHidden)];
    public static string BackToBoard => L[nameof(BackToBoard)];
    public static string PublicationTitle => L[nameof(PublicationTitle)];
    public static string NotPublished => L[nameof(NotPublished)];
    public static string PublishedOn(string date) => L[nameof(PublishedOn), date];
    public static string PublicationLead => L[nameof(PublicationLead)];
    public static string PublicEvidence => L[nameof(PublicEvidence)];
    public static string Publish => L[nameof(Publish)];
    public static string UpdatePublication => L[nameof(UpdatePublication)];
    public static string Unpublish => L[nameof(Unpublish)];

    public static string AssessmentTitle => L[nameof(AssessmentTitle)];
    public static string DerivedStatus => L[nameof(DerivedStatus)];
    public static string GiveVerdict => L[nameof(GiveVerdict)];
    public static string ChooseVerdict => L[nameof(ChooseVerdict)];
    public static string OverrideStatus => L[nameof(OverrideStatus)];
    public static string NoOverride => L[nameof(NoOverride)];
    public static string OverrideReason => L[nameof(OverrideReason)];
    public static string SaveOverride => L[nameof(SaveOverride)];
    public static string RecordExternal => L[nameof(RecordExternal)];
    public static string ExternalUnit => L[nameof(ExternalUnit)];
    public static string SaveExternal => L[nameof(SaveExternal)];
    public static string NoExternal => L[nameof(NoExternal)];
    public static string ExternalNotExecutor => L[nameof(ExternalNotExecutor)];
    public static string PeriodNotFound => L[nameof(PeriodNotFound)];

    public static string Late(int days) => L[nameof(Late), StatusText.Days(days)];

    /// <summary>"3 зобов'язання", "3 obligations".</summary>
    public static string Count(int n) => L.Count("ObligationCount", n);

    /// <summary>
    /// The subject and body of the letter to the unit's executors after the department's decision.
    /// A letter is a document (ADR-014): it stays Ukrainian whatever language the reviewer reads.
    /// </summary>
    public static (string Subject, string Body) Letter(bool accepted, string measureNumber, string periodLabel, string unitName, string? comment, string link)
    {
        var outcome = accepted ? "прийнято" : "повернуто на доопрацювання";
        var subject = $"Звіт щодо заходу {measureNumber} за {periodLabel} {outcome}";
        var body = $"""
            Департамент розглянув звіт підрозділу «{unitName}» щодо заходу {measureNumber} за {periodLabel}: звіт {outcome}.

            Коментар департаменту: {(string.IsNullOrWhiteSpace(comment) ? "без коментаря" : comment.Trim())}

            {(accepted ? "Переглянути звіт" : "Виправте звіт і подайте його знову")}: {link}
            """;
        return (subject, body);
    }
}
