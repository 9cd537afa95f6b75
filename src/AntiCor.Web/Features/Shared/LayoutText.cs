using AntiCor.Web.Infrastructure.Localization;
using Microsoft.Extensions.Localization;
namespace AntiCor.Web.Features.Shared;

/// <summary>The words of the frame around every page.</summary>
public static class LayoutText
{
    private static readonly IStringLocalizer L = InterfaceText.For(typeof(LayoutText));

    public static string SiteName => L[nameof(SiteName)];
    public static string SiteTagline => L[nameof(SiteTagline)];
    public static string SkipToContent => L[nameof(SkipToContent)];
    public static string MainNavigation => L[nameof(MainNavigation)];
    public static string Programmes => L[nameof(Programmes)];
    public static string Search => L[nameof(Search)];
    public static string Footer => L[nameof(Footer)];
    public static string MyObligations => L[nameof(MyObligations)];
    public static string Calendar => L[nameof(Calendar)];
    public static string Registers => L[nameof(Registers)];
    public static string Import => L[nameof(Import)];
    public static string Audit => L[nameof(Audit)];
    public static string Grants => L[nameof(Grants)];
    public static string Organizations => L[nameof(Organizations)];
    public static string Holidays => L[nameof(Holidays)];
    public static string Users => L[nameof(Users)];
    public static string Units => L[nameof(Units)];
    public static string SignOut => L[nameof(SignOut)];
    public static string SignIn => L[nameof(SignIn)];
    public static string ChangeOrganization => L[nameof(ChangeOrganization)];
    public static string DemoBanner => L[nameof(DemoBanner)];
    public static string FooterCheckpoints => L[nameof(FooterCheckpoints)];
    public static string FooterOpenData => L[nameof(FooterOpenData)];
    public static string Language => L[nameof(Language)];
    public static string BrandMark => L[nameof(BrandMark)];
}
