using System.Globalization;
using AntiCor.Core.Domain;

namespace AntiCor.Web.Features.Shared;

/// <summary>
/// How the domain's values read in Ukrainian on every page: dates, terms, reporting rules,
/// kinds of executors. One place, so the pages say the same thing the same way.
/// </summary>
public static class Wording
{
    private static readonly CultureInfo Ukrainian = CultureInfo.GetCultureInfo("uk-UA");

    public static string Date(DateOnly date) => date.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture);

    public static string Date(DateOnly? date) => date is { } d ? Date(d) : "";

    public static string DateTime(DateTime value) => value.ToString("dd.MM.yyyy HH:mm", CultureInfo.InvariantCulture);

    public static string Period(DateOnly from, DateOnly to) => $"{Date(from)}–{Date(to)}";

    /// <summary>"Розпорядження № 98 від 12.08.2019".</summary>
    /// <summary>"Розпорядження № 98 від 12.08.2019"; what the act leaves unsaid (an annex alone) is said to be unknown.</summary>
    public static string Act(string? kind, string? number, DateOnly? date) =>
        kind is null && number is null && date is null
            ? ActUnknown
            : $"{Capitalized(kind ?? "акт")}{(number is null ? "" : $" № {number}")}{(date is { } d ? $" від {Date(d)}" : "")}";

    public const string ActUnknown = "акт не зазначено";

    public static string Capitalized(string text) =>
        text.Length == 0 ? text : char.ToUpper(text[0], Ukrainian) + text[1..];

    /// <summary>The importer's reading of a term, e.g. "період 01.01.2019–31.12.2020".</summary>
    public static string TermReading(TermKind kind, DateOnly? from, DateOnly? to)
    {
        var dates = (from, to) switch
        {
            ({ } f, { } t) when f == t => Date(f),
            ({ } f, { } t) => $"{Date(f)}–{Date(t)}",
            ({ } f, null) => $"з {Date(f)}",
            (null, { } t) => $"до {Date(t)}",
            _ => "",
        };
        var name = kind switch
        {
            TermKind.Period => "період",
            TermKind.Date => "дата",
            TermKind.Annual => "щороку",
            TermKind.Quarterly => "щокварталу",
            TermKind.Continuous => "постійно",
            TermKind.PerPlan => "за планом",
            TermKind.Monthly => "щомісяця",
            TermKind.HalfYearly => "щопівроку",
            TermKind.OnOccurrence => "за потреби",
            TermKind.FromDate => "з дати",
            TermKind.ProgrammePeriod => "упродовж дії програми",
            _ => "строк не розпізнано",
        };
        return dates.Length == 0 ? name : $"{name} {dates}";
    }

    /// <summary>"щокварталу до 25 числа місяця, що настає за звітним періодом".</summary>
    public static string Reporting(ReportingFrequency frequency, int dueDay, DueMonth? dueMonth)
    {
        var how = frequency switch
        {
            ReportingFrequency.Monthly => "щомісяця",
            ReportingFrequency.HalfYearly => "щопівроку",
            ReportingFrequency.Yearly => "щороку",
            _ => "щокварталу",
        };
        var month = dueMonth switch
        {
            DueMonth.LastOfPeriod => " останнього місяця звітного періоду",
            DueMonth.FirstAfterPeriod => " місяця, що настає за звітним періодом",
            _ => "",
        };
        return $"{how} до {dueDay} числа{month}";
    }

    /// <summary>"щопівроку протягом 10 робочих днів після закінчення звітного періоду".</summary>
    public static string ReportingAfter(ReportingFrequency frequency, int days, bool workingDays) =>
        $"{Reporting(frequency, 1, null).Split(" до ")[0]} протягом {days} {(workingDays ? "робочих " : "")}днів після закінчення звітного періоду";

    public const string ReportingUnset = "порядок звітування документ не визначає (координатор ще не встановив його)";

    public const string DueMonthNotSpecified = "місяць, у якому настає строк, документ не визначає";

    public static string UnitKind(ExecutorKind kind) => kind switch
    {
        ExecutorKind.Group => "група виконавців",
        ExecutorKind.External => "виконавець поза міською радою",
        ExecutorKind.Position => "посадова особа",
        _ => "підрозділ",
    };

    /// <summary>Ukrainian agrees a noun with its number three ways: 1 захід, 2 заходи, 5 заходів (but 11-14 take the last).</summary>
    public static string Count(int n, string one, string few, string many)
    {
        var word = (n % 100) is >= 11 and <= 14 ? many : (n % 10) switch
        {
            1 => one,
            2 or 3 or 4 => few,
            _ => many,
        };
        return $"{n} {word}";
    }

    public const string ConsentRequired = "(за згодою)";
    public const string GroupMark = "група";
    public const string NeedsReview = "Потребує перевірки";
}
