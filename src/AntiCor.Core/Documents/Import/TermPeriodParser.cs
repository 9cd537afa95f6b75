using System.Text.RegularExpressions;
using AntiCor.Core.Contracts;

namespace AntiCor.Core.Documents.Import;

/// <summary>
/// Reads a stretch of the calendar written as a whole term: years ("2025-2027 роки",
/// "протягом 2025 року"), quarters and half-years in Roman or Arabic numerals or words, with or
/// without the year ("І квартал 2025 року", "ІІ півріччя", "2 півріччя 2025 р.", "І-ІІ квартали
/// 2025 року"), a month ("вересень 2025 року"), or two dates ("з 01.09.2025 по 31.12.2025").
/// </summary>
internal static partial class TermPeriodParser
{
    private static readonly string[] MonthsNominative =
    [
        "січень", "лютий", "березень", "квітень", "травень", "червень",
        "липень", "серпень", "вересень", "жовтень", "листопад", "грудень",
    ];

    private static readonly string[] MonthsLocative =
    [
        "січні", "лютому", "березні", "квітні", "травні", "червні",
        "липні", "серпні", "вересні", "жовтні", "листопаді", "грудні",
    ];

    /// <summary>The term's period, or null where the text is not a period as a whole.</summary>
    public static TermData? Read(string text, string kind = TermKinds.Period)
    {
        var t = Tidy(text);
        return Years(t, text, kind) ?? Parts(t, text, kind) ?? Month(t, text, kind) ?? Dates(t, text, kind);
    }

    /// <summary>Lower case, one kind of dash, single spaces, no closing full stop.</summary>
    public static string Tidy(string text) =>
        Spaces().Replace(text.Trim().TrimEnd('.', ';', ',').Replace('–', '-').Replace('—', '-'), " ").Trim().ToLowerInvariant();

    private static TermData? Years(string t, string text, string kind)
    {
        var range = YearRange().Match(t);
        if (range.Success)
        {
            var from = int.Parse(range.Groups["from"].Value);
            var to = int.Parse(range.Groups["to"].Value);
            return to >= from ? new TermData(kind, text, new DateOnly(from, 1, 1), new DateOnly(to, 12, 31)) : null;
        }

        var single = SingleYear().Match(t);
        if (!single.Success)
        {
            return null;
        }

        var year = int.Parse(single.Groups["year"].Value);
        return new TermData(kind, text, new DateOnly(year, 1, 1), new DateOnly(year, 12, 31));
    }

    private static TermData? Parts(string t, string text, string kind)
    {
        var m = YearPart().Match(t);
        if (!m.Success)
        {
            return null;
        }

        var quarter = m.Groups["unit"].Value.StartsWith("кв");
        var first = Ordinal(m.Groups["a"].Value);
        var last = m.Groups["b"].Success ? Ordinal(m.Groups["b"].Value) : first;
        var most = quarter ? 4 : 2;
        if (first < 1 || last > most || last < first)
        {
            return null;
        }

        var firstPart = quarter ? YearParts.Quarter(first) : YearParts.Half(first);
        var lastPart = quarter ? YearParts.Quarter(last) : YearParts.Half(last);
        var part = first == last ? firstPart : null;
        if (!m.Groups["year"].Success)
        {
            // "ІІ півріччя": the part of the year is clear, the year is not.
            return part is null ? null : new TermData(kind, text, null, null) { PartOfYear = part };
        }

        var year = int.Parse(m.Groups["year"].Value);
        return new TermData(kind, text, YearParts.Dates(firstPart, year).From, YearParts.Dates(lastPart, year).To) { PartOfYear = part };
    }

    private static TermData? Month(string t, string text, string kind)
    {
        var m = MonthOfYear().Match(t);
        if (!m.Success)
        {
            return null;
        }

        var name = m.Groups["month"].Value;
        var month = Math.Max(Array.IndexOf(MonthsNominative, name), Array.IndexOf(MonthsLocative, name)) + 1;
        if (month == 0)
        {
            return null;
        }

        var from = new DateOnly(int.Parse(m.Groups["year"].Value), month, 1);
        return new TermData(kind, text, from, from.AddMonths(1).AddDays(-1));
    }

    /// <summary>"з 01.09.2025 по 31.12.2025", "01.09.2025-31.12.2025".</summary>
    private static TermData? Dates(string t, string text, string kind)
    {
        var dates = UkrainianDates.FindAll(t);
        if (dates.Count != 2 || dates[1].Date < dates[0].Date)
        {
            return null;
        }

        var rest = t.Remove(dates[1].Match.Index, dates[1].Match.Length).Remove(dates[0].Match.Index, dates[0].Match.Length);
        return Spaces().Replace(rest, " ").Trim() is "з по" or "з до" or "із по" or "із до" or "від до" or "-" or "з -" or "протягом -"
            ? new TermData(kind, text, dates[0].Date, dates[1].Date)
            : null;
    }

    /// <summary>I-IV or 1-4 or a word ("перше", "другий"); 0 where it is none of them.</summary>
    private static int Ordinal(string n) => n.Replace('і', 'i').Replace('І', 'i').ToLowerInvariant() switch
    {
        "i" or "1" => 1,
        "ii" or "2" => 2,
        "iii" or "3" => 3,
        "iv" or "4" => 4,
        var w when w.StartsWith("перш") => 1,
        var w when w.StartsWith("друг") => 2,
        var w when w.StartsWith("трет") => 3,
        var w when w.StartsWith("четверт") => 4,
        _ => 0,
    };

    private const string Within = @"^((протягом|упродовж|впродовж|у|в|до\s+кінця|на)\s+)?";

    private const string YearWord = @"(\s*(роки|року|рік|році|роках|років|рр|р)\.?)?";

    private const string Numeral = @"[iі]{1,3}|[iі]v|[1-4]|перш\p{L}*|друг\p{L}*|трет\p{L}*|четверт\p{L}*";

    private const string NumeralEnding = @"(-?(й|го|ге|е|ий|ого))?";

    [GeneratedRegex(Within + @"(?<from>\d{4})\s*-\s*(?<to>\d{4})" + YearWord + "$")]
    private static partial Regex YearRange();

    [GeneratedRegex(Within + @"(?<year>\d{4})" + YearWord + "$")]
    private static partial Regex SingleYear();

    [GeneratedRegex(Within + @"(?<a>" + Numeral + ")" + NumeralEnding + @"(\s*-\s*(?<b>" + Numeral + ")" + NumeralEnding + @")?\s+(?<unit>кв\.|кв|квартал\p{L}*|півріч\p{L}*)(\s+(?<year>\d{4})" + YearWord + ")?$")]
    private static partial Regex YearPart();

    [GeneratedRegex(Within + @"(?<month>\p{L}+)\s+(?<year>\d{4})" + YearWord + "$")]
    private static partial Regex MonthOfYear();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
