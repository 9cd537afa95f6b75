using AntiCor.Web.Infrastructure.Localization;
using Microsoft.Extensions.Localization;

namespace AntiCor.Web.Features.Calendar;

/// <summary>The words of the calendar page.</summary>
public static class CalendarText
{
    private static readonly IStringLocalizer L = InterfaceText.For(typeof(CalendarText));

    public static string Title => L[nameof(Title)];
    public static string Lead => L[nameof(Lead)];
    public static string NoUnits => L[nameof(NoUnits)];
    public static string Create => L[nameof(Create)];
    public static string Revoke => L[nameof(Revoke)];
    public static string Created => L[nameof(Created)];
    public static string HowTo => L[nameof(HowTo)];
    public static string Revoked => L[nameof(Revoked)];
    public static string Active => L[nameof(Active)];
    public static string NoFeeds => L[nameof(NoFeeds)];
    public static string CreatedOn => L[nameof(CreatedOn)];
    public static string NotYours => L[nameof(NotYours)];
}
