using System.Globalization;
using AntiCor.Core.Domain;
using AntiCor.Core.Reporting;
using AntiCor.Web.Infrastructure.Localization;
using Microsoft.Extensions.Localization;

namespace AntiCor.Web.Features.Shared;

/// <summary>
/// How the domain's values read on every page, in the interface's language: dates, terms, reporting rules,
/// kinds of executors. One place, so the pages say the same thing the same way.
/// </summary>
public static class Wording
{
    private static readonly IStringLocalizer L = InterfaceText.For(typeof(Wording));

    private static readonly string[] Roman = ["I", "II", "III", "IV"];

    private static readonly CultureInfo Ukrainian = CultureInfo.GetCultureInfo("uk-UA");

    public static string Date(DateOnly date) => date.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture);

    public static string Date(DateOnly? date) => date is { } d ? Date(d) : "";

    public static string DateTime(DateTime value) => value.ToString("dd.MM.yyyy HH:mm", CultureInfo.InvariantCulture);

    public static string Period(DateOnly from, DateOnly to) => $"{Date(from)}–{Date(to)}";

    /// <summary>A reporting period as a reader names it: "I квартал 2020 року" (as <see cref="PeriodKey.Label"/>), "Q1 2020".</summary>
    public static string PeriodLabel(PeriodKey key)
    {
        var frequency = Enum.IsDefined(key.Frequency) ? key.Frequency : ReportingFrequency.Yearly;
        var month = key.Frequency == ReportingFrequency.Monthly && key.Index is >= 1 and <= 12 ? L[$"Month_{key.Index}"].Value : "";
        return L[$"Period_{frequency}", key.Index is >= 1 and <= 4 ? Roman[key.Index - 1] : "", key.Year, key.Index, month];
    }

    /// <summary>"Розпорядження № 98 від 12.08.2019".</summary>
    /// <summary>"Розпорядження № 98 від 12.08.2019"; what the act leaves unsaid (an annex alone) is said to be unknown.</summary>
    public static string Act(string? kind, string? number, DateOnly? date) =>
        kind is null && number is null && date is null
            ? ActUnknown
            : $"{Capitalized(kind ?? "акт")}{(number is null ? "" : $" № {number}")}{(date is { } d ? $" від {Date(d)}" : "")}";

    public static string ActUnknown => L[nameof(ActUnknown)];

    public static string Capitalized(string text) =>
        text.Length == 0 ? text : char.ToUpper(text[0], Ukrainian) + text[1..];

    /// <summary>The importer's reading of a term, e.g. "період 01.01.2019–31.12.2020".</summary>
    public static string TermReading(TermKind kind, DateOnly? from, DateOnly? to)
    {
        var dates = (from, to) switch
        {
            ({ } f, { } t) when f == t => Date(f),
            ({ } f, { } t) => $"{Date(f)}–{Date(t)}",
            ({ } f, null) => L["TermFrom", Date(f)],
            (null, { } t) => L["TermTo", Date(t)],
            _ => "",
        };
        var name = Enum.IsDefined(kind) ? L[$"Term_{kind}"] : L["Term_Unknown"];
        return dates.Length == 0 ? name : $"{name} {dates}";
    }

    /// <summary>"щокварталу до 25 числа місяця, що настає за звітним періодом".</summary>
    public static string Reporting(ReportingFrequency frequency, int dueDay, DueMonth? dueMonth)
    {
        var month = dueMonth is { } m && Enum.IsDefined(m) ? L[$"DueMonth_{m}"].Value : "";
        return L["ReportingBy", Frequency(frequency), dueDay, month];
    }

    private static string Frequency(ReportingFrequency frequency) =>
        L[$"Frequency_{(Enum.IsDefined(frequency) ? frequency : ReportingFrequency.Quarterly)}"];

    /// <summary>"щопівроку протягом 10 робочих днів після закінчення звітного періоду".</summary>
    public static string ReportingAfter(ReportingFrequency frequency, int days, bool workingDays) =>
        L[workingDays ? "ReportingWithinWorkingDays" : "ReportingWithinDays", Frequency(frequency), days];

    public static string ReportingUnset => L[nameof(ReportingUnset)];

    public static string DueMonthNotSpecified => L[nameof(DueMonthNotSpecified)];

    public static string UnitKind(ExecutorKind kind) =>
        L[kind is ExecutorKind.Group or ExecutorKind.External or ExecutorKind.Position ? $"UnitKind_{kind}" : "UnitKind_Unit"];

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

    public static string ConsentRequired => L[nameof(ConsentRequired)];
    public static string GroupMark => L[nameof(GroupMark)];
    public static string NeedsReview => L[nameof(NeedsReview)];
}
