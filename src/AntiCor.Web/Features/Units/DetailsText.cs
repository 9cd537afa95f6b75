using AntiCor.Web.Infrastructure.Localization;
using Microsoft.Extensions.Localization;
namespace AntiCor.Web.Features.Units;

/// <summary>The words of an executor's page.</summary>
public static class DetailsText
{
    private static readonly IStringLocalizer L = InterfaceText.For(typeof(DetailsText));

    public static string Kind => L[nameof(Kind)];
    public static string Organization => L[nameof(Organization)];
    public static string Aliases => L[nameof(Aliases)];
    public static string NoAliases => L[nameof(NoAliases)];
    public static string Coordinates => L[nameof(Coordinates)];
    public static string Measures => L[nameof(Measures)];
    public static string MeasureCount => L[nameof(MeasureCount)];
    public static string NoMeasures => L[nameof(NoMeasures)];
    public static string Number => L[nameof(Number)];
    public static string Measure => L[nameof(Measure)];
    public static string Term => L[nameof(Term)];
    public static string Open => L[nameof(Open)];
    public static string MeasuresOf => L[nameof(MeasuresOf)];
}
