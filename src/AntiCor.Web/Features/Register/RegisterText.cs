using AntiCor.Web.Infrastructure.Localization;
using Microsoft.Extensions.Localization;
namespace AntiCor.Web.Features.Register;

/// <summary>The words of the coordinator's register pages: import, editing, editions.</summary>
public static class RegisterText
{
    private static readonly IStringLocalizer L = InterfaceText.For(typeof(RegisterText));

    public static string ImportTitle => L[nameof(ImportTitle)];
    public static string ImportLead => L[nameof(ImportLead)];
    public static string File => L[nameof(File)];
    public static string Upload => L[nameof(Upload)];
    public static string NoFile => L[nameof(NoFile)];
    public static string ServerBusy => L[nameof(ServerBusy)];
    public static string PreviewTitle => L[nameof(PreviewTitle)];
    public static string PreviewLead => L[nameof(PreviewLead)];
    public static string Recheck => L[nameof(Recheck)];
    public static string Confirm => L[nameof(Confirm)];
    public static string Reviewed => L[nameof(Reviewed)];
    public static string MeasureText => L[nameof(MeasureText)];
    public static string TermText => L[nameof(TermText)];
    public static string ExecutorsText => L[nameof(ExecutorsText)];
    public static string SameActTitle => L[nameof(SameActTitle)];
    public static string SameActLead => L[nameof(SameActLead)];
    public static string Update => L[nameof(Update)];
    public static string DraftExpired => L[nameof(DraftExpired)];
    public static string ActLegend => L[nameof(ActLegend)];
    public static string ActKind => L[nameof(ActKind)];
    public static string ActNumber => L[nameof(ActNumber)];
    public static string ActDate => L[nameof(ActDate)];
    public static string ActTitle => L[nameof(ActTitle)];
    public static string ActIncomplete => L[nameof(ActIncomplete)];
    public static string ActDateInvalid => L[nameof(ActDateInvalid)];
    public static string EditMeasure => L[nameof(EditMeasure)];
    public static string DismissAdvice => L[nameof(DismissAdvice)];
    public static string DismissReason => L[nameof(DismissReason)];
    public static string Dismiss => L[nameof(Dismiss)];
    public static string AdviceHeading => L[nameof(AdviceHeading)];
    public static string DismissWithReason => L[nameof(DismissWithReason)];
    public static string AddMeasure => L[nameof(AddMeasure)];
    public static string MoveTo => L[nameof(MoveTo)];
    public static string Save => L[nameof(Save)];
    public static string Delete => L[nameof(Delete)];
    public static string Cancel => L[nameof(Cancel)];
    public static string EditDirection => L[nameof(EditDirection)];
    public static string DirectionTitle => L[nameof(DirectionTitle)];
    public static string AddDirection => L[nameof(AddDirection)];
    public static string DeleteDirection => L[nameof(DeleteDirection)];
    public static string EditionsTitle => L[nameof(EditionsTitle)];
    public static string Edition => L[nameof(Edition)];
    public static string Compare => L[nameof(Compare)];
    public static string Before => L[nameof(Before)];
    public static string After => L[nameof(After)];
    public static string NoChanges => L[nameof(NoChanges)];
    public static string WithoutAct => L[nameof(WithoutAct)];

    public static string NoOrganization => L[nameof(NoOrganization)];
    public static string TargetOrganization => L[nameof(TargetOrganization)];
    public static string NamedInDocument => L[nameof(NamedInDocument)];
    public static string RemovalsLead => L[nameof(RemovalsLead)];
    public static string ConfirmRemovals => L[nameof(ConfirmRemovals)];
    public static string DeleteNeedsAct => L[nameof(DeleteNeedsAct)];
    public static string DeleteNeedsConfirmation => L[nameof(DeleteNeedsConfirmation)];
    public static string Risk => L[nameof(Risk)];
    public static string RiskLevel => L[nameof(RiskLevel)];
    public static string ExpectedResult => L[nameof(ExpectedResult)];
    public static string Indicators => L[nameof(Indicators)];
    public static string Resources => L[nameof(Resources)];
    public static string RereadNeedsUpload => L[nameof(RereadNeedsUpload)];
    public static string SheetLegend => L[nameof(SheetLegend)];
    public static string SheetLead => L[nameof(SheetLead)];
    public static string ReadSheet => L[nameof(ReadSheet)];
    public static string ColumnsLegend => L[nameof(ColumnsLegend)];
    public static string ColumnsLead => L[nameof(ColumnsLead)];
    public static string LeaveOut => L[nameof(LeaveOut)];
    public static string ReadWithColumns => L[nameof(ReadWithColumns)];
    public static string PresetsApplied => L[nameof(PresetsApplied)];
    public static string HeaderLegend => L[nameof(HeaderLegend)];
    public static string HeaderLead => L[nameof(HeaderLead)];
    public static string HeaderTitle => L[nameof(HeaderTitle)];
    public static string HeaderActKind => L[nameof(HeaderActKind)];
    public static string HeaderActNumber => L[nameof(HeaderActNumber)];
    public static string HeaderActDate => L[nameof(HeaderActDate)];
    public static string HeaderActIssuer => L[nameof(HeaderActIssuer)];
    public static string HeaderPeriodFrom => L[nameof(HeaderPeriodFrom)];
    public static string HeaderPeriodTo => L[nameof(HeaderPeriodTo)];
    public static string ActUnsaid => L[nameof(ActUnsaid)];

    public static string DateInvalid(string field, string typed) => L[nameof(DateInvalid), field, typed];

    public static string When => L[nameof(When)];
    public static string Who => L[nameof(Who)];
    public static string Change => L[nameof(Change)];
    public static string AmendingAct => L[nameof(AmendingAct)];
    public static string TextLabel => L[nameof(TextLabel)];
    public static string TermLabel => L[nameof(TermLabel)];
    public static string ExecutorsLabel => L[nameof(ExecutorsLabel)];

    /// <summary>"Порівняти: редакція 1 і 2".</summary>
    public static string CompareTitle(int from, int to) => L[nameof(CompareTitle), from, to];

    /// <summary>"розпорядження від 03.02.2020 № 15 «…»": the act's own words, joined.</summary>
    public static string ActCited(string kind, string date, string? number, string? title) =>
        L[nameof(ActCited), kind, date, number ?? "", title is null ? "" : $" «{title}»"];

    public static string ConfirmDelete => L[nameof(ConfirmDelete)];

    public static string ExecutorsLegend => L[nameof(ExecutorsLegend)];
    public static string ExecutorsLead => L[nameof(ExecutorsLead)];
    public static string ExecutorChoose => L[nameof(ExecutorChoose)];
    public static string ExecutorOtherUnits => L[nameof(ExecutorOtherUnits)];
    public static string ExecutorSaveAlias => L[nameof(ExecutorSaveAlias)];
    public static string ExecutorsToConfirm => L[nameof(ExecutorsToConfirm)];

    /// <summary>«можливо, Відділ кадрової роботи?»</summary>
    public static string ExecutorPerhaps(string unit) => L[nameof(ExecutorPerhaps), unit];

    public static string ExecutorSuggested(string unit) => L[nameof(ExecutorSuggested), unit];
    public static string ExecutorCreate(string name) => L[nameof(ExecutorCreate), name];
    public static string ExecutorUnsettled(string name, string suggestion) => L[nameof(ExecutorUnsettled), name, suggestion];
    public static string ExecutorUnitUnknown(string name) => L[nameof(ExecutorUnitUnknown), name];

    public static string PreviewName => L[nameof(PreviewName)];
    public static string PreviewAct => L[nameof(PreviewAct)];
    public static string PreviewPeriod => L[nameof(PreviewPeriod)];
    public static string PreviewCoordinator => L[nameof(PreviewCoordinator)];
    public static string CoordinatorUnknown => L[nameof(CoordinatorUnknown)];
    public static string PreviewOrganization => L[nameof(PreviewOrganization)];
    public static string DocumentWarnings => L[nameof(DocumentWarnings)];
    public static string NeedsReview => L[nameof(NeedsReview)];
    public static string ActOf => L[nameof(ActOf)];
    public static string DatePlaceholder => L[nameof(DatePlaceholder)];

    public static string DirectionNumber(int number) => L[nameof(DirectionNumber), number];
    public static string MeasureNumber(string number) => L[nameof(MeasureNumber), number];
    public static string DirectionEyebrow(string title) => L[nameof(DirectionEyebrow), title];

    /// <summary>A column's meaning on the import's review, keyed <c>Column{meaning}</c>.</summary>
    public static string Column(AntiCor.Core.Documents.Import.ColumnMeaning meaning) => L["Column" + meaning];
}
