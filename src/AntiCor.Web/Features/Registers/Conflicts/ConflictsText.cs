using AntiCor.Core.Registers;
using AntiCor.Web.Infrastructure.Localization;
using Microsoft.Extensions.Localization;

namespace AntiCor.Web.Features.Registers.Conflicts;

/// <summary>The words of the register of conflicts of interest (measure 7.5).</summary>
public static class ConflictsText
{
    private static readonly IStringLocalizer L = InterfaceText.For(typeof(ConflictsText));

    public static string Title => L[nameof(Title)];
    public static string Lead => L[nameof(Lead)];
    public static string NewTitle => L[nameof(NewTitle)];
    public static string EditTitle => L[nameof(EditTitle)];
    public static string Person => L[nameof(Person)];
    public static string PersonShort => L[nameof(PersonShort)];
    public static string Kind => L[nameof(Kind)];
    public static string Description => L[nameof(Description)];
    public static string NotifiedOn => L[nameof(NotifiedOn)];
    public static string NotifiedShort => L[nameof(NotifiedShort)];
    public static string Decision => L[nameof(Decision)];
    public static string SettledOn => L[nameof(SettledOn)];
    public static string SettledShort => L[nameof(SettledShort)];
    public static string DueOn => L[nameof(DueOn)];
    public static string Outcome => L[nameof(Outcome)];
    public static string Overdue => L[nameof(Overdue)];
    public static string KindReal => L[nameof(KindReal)];
    public static string KindPotential => L[nameof(KindPotential)];

    public static string KindName(ConflictKind kind) => kind == ConflictKind.Real ? KindReal : KindPotential;
}
