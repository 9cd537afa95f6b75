using AntiCor.Web.Infrastructure.Localization;
using Microsoft.Extensions.Localization;

namespace AntiCor.Web.Features.Admin.Holidays;

/// <summary>The words of the public holidays page.</summary>
public static class HolidaysText
{
    private static readonly IStringLocalizer L = InterfaceText.For(typeof(HolidaysText));

    public static string Title => L[nameof(Title)];
    public static string Lead => L[nameof(Lead)];
    public static string Year => L[nameof(Year)];
    public static string Show => L[nameof(Show)];
    public static string Date => L[nameof(Date)];
    public static string Name => L[nameof(Name)];
    public static string Add => L[nameof(Add)];
    public static string Rename => L[nameof(Rename)];
    public static string Delete => L[nameof(Delete)];
    public static string None => L[nameof(None)];
    public static string DateRequired => L[nameof(DateRequired)];
    public static string NameRequired => L[nameof(NameRequired)];
    public static string NameTooLong => L[nameof(NameTooLong)];
    public static string Added => L[nameof(Added)];
    public static string Renamed => L[nameof(Renamed)];
    public static string Deleted => L[nameof(Deleted)];
    public static string NotFound => L[nameof(NotFound)];
    public static string Taken(string date, string name) => L[nameof(Taken), date, name];
}
