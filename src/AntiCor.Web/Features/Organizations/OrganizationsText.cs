namespace AntiCor.Web.Features.Organizations;

internal static class OrganizationsText
{
    public const string Title = "Організації";
    public const string Lead = "Органи влади, що виконують антикорупційні програми в цій системі, з їхніми програмами та звітністю.";
    public const string Empty = "Організацій ще немає.";
    public const string TopLevel = "Організації верхнього рівня";

    public static string Programmes(int count) => $"програм: {count}";
}
