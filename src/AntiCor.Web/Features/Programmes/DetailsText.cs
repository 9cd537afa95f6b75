using AntiCor.Web.Infrastructure.Localization;
using Microsoft.Extensions.Localization;

namespace AntiCor.Web.Features.Programmes;

/// <summary>The words of a programme's page.</summary>
public static class DetailsText
{
    private static readonly IStringLocalizer L = InterfaceText.For(typeof(DetailsText));

    public static string About => L[nameof(About)];
    public static string Organization => L[nameof(Organization)];
    public static string LegalBasis => L[nameof(LegalBasis)];
    public static string Issuer => L[nameof(Issuer)];
    public static string ActTitle => L[nameof(ActTitle)];
    public static string Signatory => L[nameof(Signatory)];
    public static string Parent => L[nameof(Parent)];
    public static string Period => L[nameof(Period)];
    public static string Coordinator => L[nameof(Coordinator)];
    public static string NoCoordinator => L[nameof(NoCoordinator)];
    public static string Reporting => L[nameof(Reporting)];
    public static string ReportingSetup => L[nameof(ReportingSetup)];
    public static string OverviewLink => L[nameof(OverviewLink)];
    public static string HistoryLink => L[nameof(HistoryLink)];
    public static string ReportingSetupLink => L[nameof(ReportingSetupLink)];
    public static string Source => L[nameof(Source)];
    public static string ImportedAt => L[nameof(ImportedAt)];
    public static string KyivTime => L[nameof(KyivTime)];
    public static string Summary => L[nameof(Summary)];
    public static string Directions(int n) => L.Count(nameof(Directions), n);
    public static string Measures(int n) => L.Count(nameof(Measures), n);
    public static string NeedsReviewCount(int n) => L.Count(nameof(NeedsReviewCount), n);
    public static string Contents => L[nameof(Contents)];
    public static string WarningsTitle => L[nameof(WarningsTitle)];
    public static string WarningsLead => L[nameof(WarningsLead)];
    public static string Direction => L[nameof(Direction)];
    public static string Number => L[nameof(Number)];
    public static string Measure => L[nameof(Measure)];
    public static string Term => L[nameof(Term)];
    public static string Executors => L[nameof(Executors)];
    public static string NoExecutors => L[nameof(NoExecutors)];
    public static string MeasuresOfDirection => L[nameof(MeasuresOfDirection)];
    public static string Group => L[nameof(Group)];
    public static string External => L[nameof(External)];
    public static string Status => L[nameof(Status)];
    public static string ProgressTitle => L[nameof(ProgressTitle)];
    public static string ProgressLead => L[nameof(ProgressLead)];
    public static string Done => L[nameof(Done)];
    public static string DoneOrPartly => L[nameof(DoneOrPartly)];
    public static string Total => L[nameof(Total)];
    public static string AllDirections => L[nameof(AllDirections)];
    public static string ChartTitle => L[nameof(ChartTitle)];
    public static string Filter => L[nameof(Filter)];
    public static string AllStatuses => L[nameof(AllStatuses)];
    public static string Show => L[nameof(Show)];
    public static string NoMatches => L[nameof(NoMatches)];
    public static string Draft => L[nameof(Draft)];
    public static string PublishedOn(string date) => L[nameof(PublishedOn), date];
    public static string Publish => L[nameof(Publish)];
    public static string Unpublish => L[nameof(Unpublish)];
    public static string PublicationTitle => L[nameof(PublicationTitle)];
    public static string DoneOf(int done, int total) => L[nameof(DoneOf), done, total];
    public static string Percent(int? percent) => percent is { } p ? $"{p} %" : "—";
    public static string Edit => L[nameof(Edit)];
    public static string Actions => L[nameof(Actions)];
    public static string Download => L[nameof(Download)];
    public static string Editions => L[nameof(Editions)];
    public static string AddDirection => L[nameof(AddDirection)];
    public static string AddMeasure => L[nameof(AddMeasure)];
    public static string EditDirection => L[nameof(EditDirection)];

    /// <summary>"від 12.08.2019" in a citation of the parent act.</summary>
    public static string Dated(string date) => L[nameof(Dated), date];
}
