using AntiCor.Web.Infrastructure.Localization;
using Microsoft.Extensions.Localization;
namespace AntiCor.Web.Features.My;

/// <summary>The words of the executor's workspace: obligations, the report form, evidence.</summary>
public static class WorkspaceText
{
    private static readonly IStringLocalizer L = InterfaceText.For(typeof(WorkspaceText));

    public static string ObligationsTitle => L[nameof(ObligationsTitle)];
    public static string NoUnits => L[nameof(NoUnits)];
    public static string NoObligations => L[nameof(NoObligations)];
    public static string Period => L[nameof(Period)];
    public static string Show => L[nameof(Show)];
    public static string DueOn => L[nameof(DueOn)];
    public static string DaysLeft => L[nameof(DaysLeft)];
    public static string State => L[nameof(State)];
    public static string Measure => L[nameof(Measure)];
    public static string Term => L[nameof(Term)];
    public static string OpenReport => L[nameof(OpenReport)];
    public static string Lead => L[nameof(Lead)];
    public static string Executor => L[nameof(Executor)];

    public static string Overdue(string days) => L[nameof(Overdue), days];

    public static string ReportTitle => L[nameof(ReportTitle)];
    public static string MessageType => L[nameof(MessageType)];
    public static string Status => L[nameof(Status)];
    public static string WhatWasDone => L[nameof(WhatWasDone)];
    public static string CompletedOn => L[nameof(CompletedOn)];
    public static string Reasons => L[nameof(Reasons)];
    public static string CancellingAct => L[nameof(CancellingAct)];
    public static string CorrectionReason => L[nameof(CorrectionReason)];
    public static string Indicators => L[nameof(Indicators)];
    public static string Target => L[nameof(Target)];
    public static string EvidenceLegend => L[nameof(EvidenceLegend)];
    public static string LinkUrl => L[nameof(LinkUrl)];
    public static string LinkTitle => L[nameof(LinkTitle)];
    public static string Upload => L[nameof(Upload)];
    public static string Remove => L[nameof(Remove)];
    public static string SaveDraft => L[nameof(SaveDraft)];
    public static string Submit => L[nameof(Submit)];
    public static string OpenCorrection => L[nameof(OpenCorrection)];
    public static string Saved => L[nameof(Saved)];
    public static string SubmittedNote => L[nameof(SubmittedNote)];
    public static string Waiting => L[nameof(Waiting)];
    public static string ReviewComment => L[nameof(ReviewComment)];
    public static string Versions => L[nameof(Versions)];
    public static string Version => L[nameof(Version)];
    public static string Created => L[nameof(Created)];
    public static string SubmittedAt => L[nameof(SubmittedAt)];
    public static string ReviewedAt => L[nameof(ReviewedAt)];
    public static string NotANumber => L[nameof(NotANumber)];
    public static string DateInvalid => L[nameof(DateInvalid)];
    public static string ObsoleteFootnote => L[nameof(ObsoleteFootnote)];

    public static string DateHint => L[nameof(DateHint)];
    public static string SignInToReport => L[nameof(SignInToReport)];

    public static string Late(string days) => L[nameof(Late), days];
}
