namespace AntiCor.Web.Features.Shared;

/// <summary>The words of the frame around every page.</summary>
public static class LayoutText
{
    public const string SiteName = "АнтиКор";
    public const string SiteTagline = "Антикорупційна програма міста";
    public const string SkipToContent = "Перейти до основного змісту";
    public const string MainNavigation = "Основна навігація";
    public const string Programmes = "Програми";
    public const string Search = "Пошук";
    public const string Footer = "Відкриті дані про виконання антикорупційних заходів міської ради.";
}
