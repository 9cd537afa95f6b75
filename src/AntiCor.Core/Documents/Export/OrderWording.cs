using System.Text.RegularExpressions;
using AntiCor.Core.Contracts;

namespace AntiCor.Core.Documents.Export;

/// <summary>
/// The Ukrainian phrases of an order, written so that the importer reads them back: dates with
/// month names, the issuer in the genitive, the reporting rule and the unit reports go to.
/// </summary>
internal static partial class OrderWording
{
    private static readonly string[] MonthsGenitive =
    [
        "січня", "лютого", "березня", "квітня", "травня", "червня",
        "липня", "серпня", "вересня", "жовтня", "листопада", "грудня",
    ];

    // The importer's issuer table read backwards: the head of the issuer's name and its genitive.
    private static readonly (string Nominative, string Genitive)[] IssuerHeads =
    [
        ("Міський голова", "міського голови"),
        ("Сільський голова", "сільського голови"),
        ("Селищний голова", "селищного голови"),
        ("Виконавчий комітет", "виконавчого комітету"),
        ("Міська рада", "міської ради"),
        ("Комунальне підприємство", "комунального підприємства"),
        ("Комунальна установа", "комунальної установи"),
        ("Комунальний заклад", "комунального закладу"),
        ("Державне підприємство", "державного підприємства"),
        ("Селищна рада", "селищної ради"),
        ("Сільська рада", "сільської ради"),
        ("Обласна рада", "обласної ради"),
        ("Голова", "голови"),
    ];

    /// <summary>"12 серпня 2019 року".</summary>
    public static string Date(DateOnly date) => $"{date.Day} {MonthsGenitive[date.Month - 1]} {date.Year} року";

    /// <summary>"Міський голова міста Кропивницького" → "міського голови міста Кропивницького"; unknown heads stay as written.</summary>
    public static string IssuerGenitive(string issuer)
    {
        foreach (var (nominative, genitive) in IssuerHeads)
        {
            if (issuer.StartsWith(nominative, StringComparison.OrdinalIgnoreCase)
                && (issuer.Length == nominative.Length || issuer[nominative.Length] == ' '))
            {
                return genitive + issuer[nominative.Length..];
            }
        }

        return issuer;
    }

    /// <summary>"розпорядження" → "Розпорядження".</summary>
    public static string Capitalized(string text) =>
        text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];

    /// <summary>"наказ" → "наказу": the kind of a cited act after "відповідно до".</summary>
    public static string KindGenitive(string kind) => kind.ToLowerInvariant() switch
    {
        "наказ" => "наказу",
        "постанова" => "постанови",
        "ухвала" => "ухвали",
        var k => k,
    };

    /// <summary>"щокварталу до 25 числа місяця, наступного за звітним періодом"; null where the rule is not known.</summary>
    public static string? Reporting(ReportingData reporting)
    {
        var frequency = reporting.KnownFrequency switch
        {
            ReportingValues.Monthly => "щомісяця",
            ReportingValues.Quarterly => "щокварталу",
            ReportingValues.HalfYearly => "щопівроку",
            ReportingValues.Yearly => "щороку",
            _ => null,
        };
        var month = reporting.DueMonth switch
        {
            ReportingValues.FirstAfterPeriod => " місяця, наступного за звітним періодом,",
            ReportingValues.LastOfPeriod => " останнього місяця звітного періоду",
            _ => "",
        };
        return (frequency, reporting.KnownDueDay, reporting.DaysAfterPeriod) switch
        {
            (null, _, _) => null,
            (_, int day, _) => $"{frequency} до {day} числа{month}",
            (_, _, int days) => $"{frequency} протягом {days} {(reporting.WorkingDays == true ? "робочих " : "")}днів після закінчення звітного періоду",
            _ => frequency,
        };
    }

    /// <summary>
    /// The unit reports go to, as the object of "інформувати": "відділ …", "службу …". Null where
    /// the name does not start with a unit noun the importer recognises.
    /// </summary>
    public static string? CoordinatorAccusative(string coordinator)
    {
        var m = UnitHead().Match(coordinator);
        if (!m.Success)
        {
            return null;
        }

        var head = m.Groups["head"].Value.ToLowerInvariant() switch
        {
            "служба" => "службу",
            var h => h,
        };
        return head + coordinator[m.Length..];
    }

    /// <summary>"Міська рада міста Кропивницького" → "Міської ради міста Кропивницького"; null where no rule fits.</summary>
    public static string? OrganizationGenitive(string? organization)
    {
        if (organization is null)
        {
            return null;
        }

        var council = PlaceCouncil().Match(organization);
        if (council.Success)
        {
            return council.Groups["kind"].Value[..^1] + "ої ради " + council.Groups["rest"].Value;
        }

        var named = NamedCouncil().Match(organization);
        return named.Success
            ? $"{named.Groups["adj"].Value[..^1]}ої {named.Groups["kind"].Value[..^1]}ої ради"
            : null;
    }

    [GeneratedRegex(@"^(?<head>відділ|управління|департамент|сектор|служба)(?=\s)", RegexOptions.IgnoreCase)]
    private static partial Regex UnitHead();

    [GeneratedRegex(@"^(?<kind>Міська|Сільська|Селищна) рада (?<rest>(міста|села|селища) \S.*)$")]
    private static partial Regex PlaceCouncil();

    [GeneratedRegex(@"^(?<adj>\p{Lu}\p{L}+(ьк|ськ|цьк|зьк)а) (?<kind>сільська|селищна|міська) рада$")]
    private static partial Regex NamedCouncil();
}
