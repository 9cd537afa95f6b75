using AntiCor.Web.Infrastructure.Localization;
using Microsoft.Extensions.Localization;
using AntiCor.Core.Domain;

namespace AntiCor.Web.Features.ReportingSetup;

/// <summary>The words of the coordinator's reporting setup: the rule, executor groups, leads and indicators.</summary>
public static class SetupText
{
    private static readonly IStringLocalizer L = InterfaceText.For(typeof(SetupText));

    public static string RuleTitle => L[nameof(RuleTitle)];
    public static string Frequency => L[nameof(Frequency)];
    public static string DueKind => L[nameof(DueKind)];
    public static string ByDay => L[nameof(ByDay)];
    public static string DueDay => L[nameof(DueDay)];
    public static string DueMonthLabel => L[nameof(DueMonthLabel)];
    public static string LastMonth => L[nameof(LastMonth)];
    public static string MonthAfter => L[nameof(MonthAfter)];
    public static string DaysAfter => L[nameof(DaysAfter)];
    public static string Days => L[nameof(Days)];
    public static string WorkingDays => L[nameof(WorkingDays)];
    public static string MoveOff => L[nameof(MoveOff)];
    public static string Preview => L[nameof(Preview)];
    public static string Confirm => L[nameof(Confirm)];
    public static string Cancel => L[nameof(Cancel)];
    public static string PreviewTitle => L[nameof(PreviewTitle)];
    public static string NoChanges => L[nameof(NoChanges)];
    public static string Period => L[nameof(Period)];
    public static string Was => L[nameof(Was)];
    public static string Becomes => L[nameof(Becomes)];
    public static string NoPeriod => L[nameof(NoPeriod)];
    public static string ClosedKept => L[nameof(ClosedKept)];
    public static string CalendarTitle => L[nameof(CalendarTitle)];
    public static string Days_ => L[nameof(Days_)];
    public static string DueOn => L[nameof(DueOn)];
    public static string Closed => L[nameof(Closed)];
    public static string Saved => L[nameof(Saved)];
    public static string MeasuresTitle => L[nameof(MeasuresTitle)];
    public static string Measure => L[nameof(Measure)];
    public static string Lead => L[nameof(Lead)];
    public static string NoLead => L[nameof(NoLead)];
    public static string Indicators => L[nameof(Indicators)];
    public static string GroupsTitle => L[nameof(GroupsTitle)];
    public static string Members => L[nameof(Members)];
    public static string NotANumber => L[nameof(NotANumber)];

    public static string Of(ReportingFrequency frequency) =>
        L[$"Frequency_{(Enum.IsDefined(frequency) ? frequency : ReportingFrequency.Yearly)}"];

    public static string FieldRequired(string field) => L[nameof(FieldRequired), field];

    public static string NotWhole(string field, string text) => L[nameof(NotWhole), text, field];

    // Group members.
    public static string MembersTitle => L[nameof(MembersTitle)];
    public static string NotAGroup => L[nameof(NotAGroup)];
    public static string NoMembers => L[nameof(NoMembers)];
    public static string AddMember => L[nameof(AddMember)];
    public static string Add => L[nameof(Add)];
    public static string AddAll => L[nameof(AddAll)];
    public static string Remove => L[nameof(Remove)];
    public static string UnitNotFound => L[nameof(UnitNotFound)];
    public static string AlreadyMember => L[nameof(AlreadyMember)];
    public static string NotAMember => L[nameof(NotAMember)];

    // Lead executor.
    public static string LeadTitle => L[nameof(LeadTitle)];
    public static string LeadHint => L[nameof(LeadHint)];
    public static string Save => L[nameof(Save)];
    public static string ChooseLead => L[nameof(ChooseLead)];
    public static string GroupKind => L[nameof(GroupKind)];
    public static string ExternalKind => L[nameof(ExternalKind)];

    // Indicators.
    public static string IndicatorsTitle => L[nameof(IndicatorsTitle)];
    public static string NoIndicators => L[nameof(NoIndicators)];
    public static string IndicatorName => L[nameof(IndicatorName)];
    public static string UnitOfMeasure => L[nameof(UnitOfMeasure)];
    public static string ProgrammeTarget => L[nameof(ProgrammeTarget)];
    public static string PeriodTargets => L[nameof(PeriodTargets)];
    public static string NewIndicator => L[nameof(NewIndicator)];
    public static string EditIndicator => L[nameof(EditIndicator)];
    public static string Edit => L[nameof(Edit)];
    public static string IndicatorNotFound => L[nameof(IndicatorNotFound)];
    public static string IndicatorHasValues => L[nameof(IndicatorHasValues)];

    public static string NotANumberIn(string field, string text) => L[nameof(NotANumberIn), text, field];
}
