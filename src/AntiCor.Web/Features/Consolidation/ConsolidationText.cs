using AntiCor.Web.Infrastructure.Localization;
using AntiCor.Core.Reporting;
using AntiCor.Core.Reporting.Consolidation;
using AntiCor.Web.Features.Shared;
using Microsoft.Extensions.Localization;
namespace AntiCor.Web.Features.Consolidation;

/// <summary>The words of the head's view, the consolidated downloads and the history import.</summary>
public static class ConsolidationText
{
    private static readonly IStringLocalizer L = InterfaceText.For(typeof(ConsolidationText));

    public static string OverviewTitle => L[nameof(OverviewTitle)];
    public static string Period => L[nameof(Period)];
    public static string Show => L[nameof(Show)];
    public static string BadPeriod => L[nameof(BadPeriod)];
    public static string ByDirection => L[nameof(ByDirection)];
    public static string Direction => L[nameof(Direction)];
    public static string Done => L[nameof(Done)];
    public static string DoneOrPartly => L[nameof(DoneOrPartly)];
    public static string Total => L[nameof(Total)];
    public static string Share => L[nameof(Share)];
    public static string Obsolete => L[nameof(Obsolete)];
    public static string ChartTitle => L[nameof(ChartTitle)];
    public static string OnTime => L[nameof(OnTime)];
    public static string Unit => L[nameof(Unit)];
    public static string Obliged => L[nameof(Obliged)];
    public static string SubmittedOnTime => L[nameof(SubmittedOnTime)];
    public static string Rate => L[nameof(Rate)];
    public static string Overdue => L[nameof(Overdue)];
    public static string NoOverdue => L[nameof(NoOverdue)];
    public static string Measure => L[nameof(Measure)];
    public static string DueOn => L[nameof(DueOn)];
    public static string DaysOverdue => L[nameof(DaysOverdue)];
    public static string Downloads => L[nameof(Downloads)];
    public static string Quarter => L[nameof(Quarter)];
    public static string Cumulative => L[nameof(Cumulative)];
    public static string NoPeriods => L[nameof(NoPeriods)];

    public static string HistoryTitle => L[nameof(HistoryTitle)];
    public static string HistoryIntro => L[nameof(HistoryIntro)];
    public static string File => L[nameof(File)];
    public static string Read => L[nameof(Read)];
    public static string NoFile => L[nameof(NoFile)];
    public static string Line => L[nameof(Line)];
    public static string Outcome => L[nameof(Outcome)];
    public static string Note => L[nameof(Note)];
    public static string Exclude => L[nameof(Exclude)];
    public static string Store => L[nameof(Store)];
    public static string Skip => L[nameof(Skip)];
    public static string Problem => L[nameof(Problem)];
    public static string Confirm => L[nameof(Confirm)];
    public static string HasProblems => L[nameof(HasProblems)];
    public static string Expired => L[nameof(Expired)];
    public static string TooLarge => L[nameof(TooLarge)];
    public static string Stored(int n) => L[nameof(Stored), n];

    // The overview's sentences, said as the consolidated report says them (ConsolidatedWording in
    // Core stays Ukrainian: the report is a document), in the reader's language.

    /// <summary>"Усього заходів: 26; з них виконано — 10, …"; obsolete measures marked with the footnote's star.</summary>
    public static string Summary(StatusSummary s)
    {
        var parts = StatusSummary.Order
            .Select(status => L["SummaryPart", StatusText.Of(status).ToLowerInvariant(), s[status], status == MeasureStatus.Obsolete ? "*" : ""].Value)
            .Append(L["SummaryPart", StatusText.NoInformation.ToLowerInvariant(), s.NoInformation, ""]);
        return L[nameof(Summary), s.Total, string.Join(", ", parts)];
    }

    public static string ShareSentence(StatusSummary s) => s.DoneOrPartlyPercent is { } percent
        ? L[nameof(ShareSentence), s.DoneOrPartly, s.Counted, percent, s.DonePercent ?? 0]
        : NoShare;

    public static string NoShare => L[nameof(NoShare)];

    public static string ObsoleteFootnote => L[nameof(ObsoleteFootnote)];

    /// <summary>When the figures were put together and how fresh the data are, on Kyiv's clock.</summary>
    public static string Stamps(ConsolidatedReport r) =>
        L[nameof(Stamps), ConsolidatedWording.KyivStamp(r.GeneratedAtUtc), r.AsOfUtc is { } asOf ? ConsolidatedWording.KyivStamp(asOf) : NoAcceptedYet];

    public static string NoAcceptedYet => L[nameof(NoAcceptedYet)];
}
