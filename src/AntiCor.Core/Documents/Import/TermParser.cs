using System.Text.RegularExpressions;
using AntiCor.Core.Domain;

namespace AntiCor.Core.Documents.Import;

/// <summary>
/// Reads a measure's term ("2019-2020 роки", "Постійно", "Щороку ...", "до 1 липня 2021 року",
/// "ІІ півріччя 2020 року", "Відповідно до планів НАЗК"). What it cannot read is Unknown: the
/// caller warns, and the original text is kept either way.
/// </summary>
public static partial class TermParser
{
    public static Term Parse(string text)
    {
        var t = text.Trim();
        var lower = t.ToLowerInvariant();
        if (t.Length == 0)
        {
            return Term.Unknown(t);
        }

        if (lower.StartsWith("постійно") || lower.StartsWith("безстроково"))
        {
            return new Term(TermKind.Continuous, t);
        }

        if (lower.StartsWith("щороку") || lower.StartsWith("щорічно") || lower.StartsWith("раз на рік"))
        {
            return new Term(TermKind.Annual, t);
        }

        if (lower.StartsWith("щокварталу") || lower.StartsWith("щоквартально"))
        {
            return new Term(TermKind.Quarterly, t);
        }

        if (lower.StartsWith("відповідно до") || lower.StartsWith("згідно з") || lower.StartsWith("згідно із")
            || lower.StartsWith("у строки, визначені") || lower.StartsWith("в строки, визначені")
            || lower.StartsWith("у терміни, визначені") || lower.StartsWith("у строки, встановлені"))
        {
            return new Term(TermKind.PerPlan, t);
        }

        return ReadPeriod(t) ?? ReadDate(t) ?? Term.Unknown(t);
    }

    private static Term? ReadPeriod(string t)
    {
        var years = YearRange().Match(t);
        if (years.Success)
        {
            var from = int.Parse(years.Groups["from"].Value);
            var to = int.Parse(years.Groups["to"].Value);
            return to >= from ? new Term(TermKind.Period, t, new DateOnly(from, 1, 1), new DateOnly(to, 12, 31)) : null;
        }

        var half = HalfYear().Match(t);
        if (half.Success)
        {
            var year = int.Parse(half.Groups["year"].Value);
            var first = RomanOrArabic(half.Groups["n"].Value) == 1;
            return new Term(
                TermKind.Period,
                t,
                new DateOnly(year, first ? 1 : 7, 1),
                new DateOnly(year, first ? 6 : 12, first ? 30 : 31));
        }

        var quarter = Quarter().Match(t);
        if (quarter.Success)
        {
            var year = int.Parse(quarter.Groups["year"].Value);
            var q = RomanOrArabic(quarter.Groups["n"].Value);
            if (q is >= 1 and <= 4)
            {
                var start = new DateOnly(year, ((q - 1) * 3) + 1, 1);
                return new Term(TermKind.Period, t, start, start.AddMonths(3).AddDays(-1));
            }
        }

        var single = SingleYear().Match(t);
        if (single.Success)
        {
            var year = int.Parse(single.Groups["year"].Value);
            return new Term(TermKind.Period, t, new DateOnly(year, 1, 1), new DateOnly(year, 12, 31));
        }

        return null;
    }

    private static Term? ReadDate(string t)
    {
        var found = UkrainianDates.FindFirst(t);
        if (found is not { } f)
        {
            return null;
        }

        // "до 1 липня 2021 року" / "01.07.2021": a deadline; nothing else may be in the text.
        var rest = t.Remove(f.Match.Index, f.Match.Length).Trim().TrimEnd('.').ToLowerInvariant();
        return rest is "" or "до" or "не пізніше" or "не пізніше ніж" or "у строк до" or "в строк до"
            ? new Term(TermKind.Date, t, null, f.Date)
            : null;
    }

    private static int RomanOrArabic(string n) => n.ToUpperInvariant().Replace('І', 'I') switch
    {
        "I" or "1" => 1,
        "II" or "2" => 2,
        "III" or "3" => 3,
        "IV" or "4" => 4,
        _ => 0,
    };

    [GeneratedRegex(@"^(протягом\s+|у\s+|в\s+)?(?<from>\d{4})\s*[-–—]\s*(?<to>\d{4})\s*(роки|рр\.?|років)?\.?$", RegexOptions.IgnoreCase)]
    private static partial Regex YearRange();

    [GeneratedRegex(@"^(протягом\s+|у\s+|в\s+|до\s+кінця\s+)?(?<year>\d{4})\s*(року|рік|р\.?)\.?$", RegexOptions.IgnoreCase)]
    private static partial Regex SingleYear();

    [GeneratedRegex(@"^(у\s+|в\s+|протягом\s+)?(?<n>[IІ]{1,2}|[12])(-?ге|-?е)?\s+(півріччя|півріччі)\s+(?<year>\d{4})\s*(року|р\.?)?\.?$", RegexOptions.IgnoreCase)]
    private static partial Regex HalfYear();

    [GeneratedRegex(@"^(у\s+|в\s+|протягом\s+)?(?<n>IV|I{1,3}|І{1,3}|ІV|[1-4])(-?й)?\s+(квартал|кварталі)\s+(?<year>\d{4})\s*(року|р\.?)?\.?$", RegexOptions.IgnoreCase)]
    private static partial Regex Quarter();
}
