using AntiCor.Web.Infrastructure.Localization;
using Microsoft.Extensions.Localization;
using AntiCor.Core.Portal;

namespace AntiCor.Web.Features.Portal;

/// <summary>The words of the public portal's measure card, search, moderation queue and organisations page.</summary>
public static class PortalText
{
    private static readonly IStringLocalizer L = InterfaceText.For(typeof(PortalText));

    public static string Measure => L[nameof(Measure)];
    public static string Direction => L[nameof(Direction)];
    public static string Term => L[nameof(Term)];
    public static string Executors => L[nameof(Executors)];
    public static string Lead => L[nameof(Lead)];
    public static string ConsentRequired => L[nameof(ConsentRequired)];
    public static string Status => L[nameof(Status)];
    public static string CompletedOn => L[nameof(CompletedOn)];
    public static string Indicators => L[nameof(Indicators)];
    public static string Indicator => L[nameof(Indicator)];
    public static string ProgrammeTarget => L[nameof(ProgrammeTarget)];
    public static string Period => L[nameof(Period)];
    public static string Target => L[nameof(Target)];
    public static string Actual => L[nameof(Actual)];
    public static string Reports => L[nameof(Reports)];
    public static string NoReports => L[nameof(NoReports)];
    public static string NoReportsInPeriod => L[nameof(NoReportsInPeriod)];
    public static string Verdict => L[nameof(Verdict)];
    public static string NoVerdict => L[nameof(NoVerdict)];
    public static string WhatWasDone => L[nameof(WhatWasDone)];
    public static string Reasons => L[nameof(Reasons)];
    public static string CancellingAct => L[nameof(CancellingAct)];
    public static string Evidence => L[nameof(Evidence)];
    public static string BackToProgramme => L[nameof(BackToProgramme)];

    public static string ReportTitle => L[nameof(ReportTitle)];
    public static string ReportLead => L[nameof(ReportLead)];
    public static string ReportLabel => L[nameof(ReportLabel)];
    public static string ReportHint => L[nameof(ReportHint), CitizenMessage.MaxLength];
    public static string Send => L[nameof(Send)];
    public static string Sent => L[nameof(Sent)];
    public static string EmptyMessage => L[nameof(EmptyMessage)];
    public static string TooLong => L[nameof(TooLong), CitizenMessage.MaxLength];

    public static string SearchTitle => L[nameof(SearchTitle)];
    public static string SearchLabel => L[nameof(SearchLabel)];
    public static string SearchButton => L[nameof(SearchButton)];
    public static string SearchHint => L[nameof(SearchHint)];
    public static string SearchTooLong => L[nameof(SearchTooLong), PortalSearch.MaxQueryLength];
    public static string SearchNoWords => L[nameof(SearchNoWords)];
    public static string NothingFound => L[nameof(NothingFound)];
    public static string InMeasure => L[nameof(InMeasure)];
    public static string InReport => L[nameof(InReport)];
    public static string Found(int n) => L.Count(nameof(Found), n);

    public static string ModerationTitle => L[nameof(ModerationTitle)];
    public static string ModerationLead => L[nameof(ModerationLead)];
    public static string ModerationEmpty => L[nameof(ModerationEmpty)];
    public static string Received => L[nameof(Received)];
    public static string Message => L[nameof(Message)];
    public static string MarkHandled => L[nameof(MarkHandled)];
    public static string ShowHandled => L[nameof(ShowHandled)];
    public static string Handled => L[nameof(Handled)];

    public static string OrganizationsTitle => L[nameof(OrganizationsTitle)];
    public static string OrganizationsLead => L[nameof(OrganizationsLead)];
    public static string Organization => L[nameof(Organization)];
    public static string Programmes => L[nameof(Programmes)];
    public static string Measures => L[nameof(Measures)];
    public static string DoneOrPartly => L[nameof(DoneOrPartly)];
    public static string OnTime => L[nameof(OnTime)];
    public static string SortBy => L[nameof(SortBy)];
    public static string Previous => L[nameof(Previous)];
    public static string Next => L[nameof(Next)];
    public static string PageOf(int page, int pages) => L[nameof(PageOf), page, pages];
    public static string NoOrganizations => L[nameof(NoOrganizations)];

    public static string OnTimeTitle => L[nameof(OnTimeTitle)];
    public static string OnTimeRecord(int onTime, int due) => L[nameof(OnTimeRecord), onTime, due];
    public static string NoDueReports => L[nameof(NoDueReports)];
    public static string StatusColumn => L[nameof(StatusColumn)];
}
