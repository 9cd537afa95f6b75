using AntiCor.Web.Infrastructure.Localization;
using Microsoft.Extensions.Localization;
namespace AntiCor.Web.Features.Programmes;

/// <summary>The words of the programme list.</summary>
public static class IndexText
{
    private static readonly IStringLocalizer L = InterfaceText.For(typeof(IndexText));

    public static string Title => L[nameof(Title)];
    public static string Lead => L[nameof(Lead)];
    public static string Empty => L[nameof(Empty)];
    public static string Programme => L[nameof(Programme)];
    public static string Act => L[nameof(Act)];
    public static string Period => L[nameof(Period)];
    public static string Measures => L[nameof(Measures)];
    public static string NeedsReview => L[nameof(NeedsReview)];
    public static string Caption => L[nameof(Caption)];
    public static string Draft => L[nameof(Draft)];
    public static string Import => L[nameof(Import)];
}
