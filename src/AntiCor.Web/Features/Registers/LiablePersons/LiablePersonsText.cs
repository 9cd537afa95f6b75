using AntiCor.Core.Registers;
using AntiCor.Web.Infrastructure.Localization;
using Microsoft.Extensions.Localization;

namespace AntiCor.Web.Features.Registers.LiablePersons;

/// <summary>The words of the register of officials held liable for corruption or corruption-related offences.</summary>
public static class LiablePersonsText
{
    private static readonly IStringLocalizer L = InterfaceText.For(typeof(LiablePersonsText));

    public static string Title => L[nameof(Title)];
    public static string Lead => L[nameof(Lead)];
    public static string NewTitle => L[nameof(NewTitle)];
    public static string EditTitle => L[nameof(EditTitle)];
    public static string Person => L[nameof(Person)];
    public static string PersonShort => L[nameof(PersonShort)];
    public static string Position => L[nameof(Position)];
    public static string Offence => L[nameof(Offence)];
    public static string OffenceShort => L[nameof(OffenceShort)];
    public static string OffenceOn => L[nameof(OffenceOn)];
    public static string OffenceOnShort => L[nameof(OffenceOnShort)];
    public static string DecisionKind => L[nameof(DecisionKind)];
    public static string Decision => L[nameof(Decision)];
    public static string DecisionShort => L[nameof(DecisionShort)];
    public static string DecisionOn => L[nameof(DecisionOn)];
    public static string DecisionOnShort => L[nameof(DecisionOnShort)];
    public static string Dismissed => L[nameof(Dismissed)];
    public static string CausesReviewed => L[nameof(CausesReviewed)];
    public static string MeasuresTaken => L[nameof(MeasuresTaken)];
    public static string ByYear => L[nameof(ByYear)];
    public static string Year => L[nameof(Year)];
    public static string Count => L[nameof(Count)];
    public static string Yes => L[nameof(Yes)];
    public static string KindCourtDecision => L[nameof(KindCourtDecision)];
    public static string KindDisciplinaryOrder => L[nameof(KindDisciplinaryOrder)];

    public static string KindName(LiabilityDecisionKind kind) => kind == LiabilityDecisionKind.CourtDecision ? KindCourtDecision : KindDisciplinaryOrder;
}
