using System.Text.RegularExpressions;
using AntiCor.Core.Contracts;

namespace AntiCor.Core.Documents.Import;

/// <summary>What the order says about reporting: the rule as read, and the words it was read from.</summary>
internal sealed record ReportingReading(ReportingData Rule, string Text);

/// <summary>
/// Reads the reporting rule from the order's text, however it is worded: how often
/// (щомісяця, щокварталу, щопівроку, щороку), by which day ("до 25 числа", "не пізніше 5 числа",
/// "до 15 січня"), in which month ("місяця, що настає за звітним кварталом", "останнього місяця
/// кварталу"), or within how many days after the period ("протягом 10 робочих днів після
/// закінчення звітного періоду"). What it cannot read it leaves null; it never supplies a rule.
/// </summary>
internal static partial class ReportingRuleParser
{
    /// <summary>The first sentence that speaks of reporting, read; null where no sentence does.</summary>
    public static ReportingReading? Read(string body)
    {
        ReportingReading? unreadable = null;
        foreach (var sentence in Sentences(body))
        {
            if (!ReportingCue().IsMatch(sentence))
            {
                continue;
            }

            var frequency = Frequency().Match(sentence);
            var day = DueDay().Match(sentence);
            var dayOfMonth = DueDate().Match(sentence);
            var after = DaysAfter().Match(sentence);
            if (frequency.Success)
            {
                return Reading(sentence, frequency, day, dayOfMonth, after);
            }

            if (unreadable is null && (day.Success || dayOfMonth.Success || after.Success))
            {
                // Says when, but not how often: not a rule the importer can read.
                unreadable = new ReportingReading(ReportingData.Unset, sentence.Trim());
            }
        }

        return unreadable;
    }

    private static ReportingReading Reading(string sentence, Match frequency, Match day, Match date, Match after)
    {
        var name = FrequencyOf(frequency.Value);
        var parts = new List<Match> { frequency };
        int? dueDay = null;
        string? dueMonth = null;
        if (day.Success)
        {
            parts.Add(day);
            dueDay = int.Parse(day.Groups["day"].Value);
            var month = DueMonth().Match(sentence, day.Index + day.Length);
            if (month.Success && month.Index - (day.Index + day.Length) <= 80)
            {
                parts.Add(month);
                dueMonth = month.Groups["last"].Success ? ReportingValues.LastOfPeriod : ReportingValues.FirstAfterPeriod;
            }
        }
        else if (date.Success && name == ReportingValues.Yearly && UkrainianDates.MonthOf(date.Groups["month"].Value) is int m and (1 or 12))
        {
            // "щороку до 15 січня": January follows the reported year, December closes it.
            parts.Add(date);
            dueDay = int.Parse(date.Groups["day"].Value);
            dueMonth = m == 1 ? ReportingValues.FirstAfterPeriod : ReportingValues.LastOfPeriod;
        }

        int? daysAfter = null;
        bool? working = null;
        if (dueDay is null && after.Success)
        {
            parts.Add(after);
            daysAfter = int.Parse(after.Groups["n"].Value);
            working = after.Groups["working"].Success ? true : null;
        }

        var start = parts.Min(p => p.Index);
        var end = parts.Max(p => p.Index + p.Length);
        var rule = new ReportingData(name, dueDay) { DueMonth = dueMonth, DaysAfterPeriod = daysAfter, WorkingDays = working };
        return new ReportingReading(rule, dueDay is null && daysAfter is null ? sentence.Trim() : sentence[start..end].Trim());
    }

    private static string FrequencyOf(string word) => word.ToLowerInvariant() switch
    {
        var w when w.Contains("міся") => ReportingValues.Monthly,
        var w when w.Contains("пів") => ReportingValues.HalfYearly,
        var w when w.Contains("квартал") => ReportingValues.Quarterly,
        _ => ReportingValues.Yearly,
    };

    /// <summary>The order's paragraphs cut into sentences; a date's dots do not end one.</summary>
    private static IEnumerable<string> Sentences(string body) =>
        body.Split('\n').SelectMany(p => SentenceEnd().Split(p)).Where(s => s.Trim().Length > 0);

    [GeneratedRegex(@"(?<=[.;!?])\s+(?=\p{Lu}|\d{1,2}\.\s)")]
    private static partial Regex SentenceEnd();

    [GeneratedRegex(@"інформ|звіт|подава|надава|подають|надають|подання", RegexOptions.IgnoreCase)]
    private static partial Regex ReportingCue();

    [GeneratedRegex(@"\b(щомісяця|щомісячно|щокварталу|щоквартально|щопівроку|щопіврічно|щопівріччя|щороку|щорічно|(один\s+)?раз\s+на\s+(місяць|квартал|півроку|півріччя|рік))\b", RegexOptions.IgnoreCase)]
    private static partial Regex Frequency();

    [GeneratedRegex(@"\b(до|не\s+пізніше(\s+ніж)?)\s+(?<day>\d{1,2})(-?го)?\s+числа", RegexOptions.IgnoreCase)]
    private static partial Regex DueDay();

    [GeneratedRegex(@"\b(до|не\s+пізніше(\s+ніж)?)\s+(?<day>\d{1,2})\s+(?<month>січня|лютого|березня|квітня|травня|червня|липня|серпня|вересня|жовтня|листопада|грудня)(?!\s*\d)", RegexOptions.IgnoreCase)]
    private static partial Regex DueDate();

    [GeneratedRegex(@"(?<after>(наступного|що\s+настає|який\s+настає|що\s+слідує)\s+за\s+звітним(\s+(періодом|місяцем|кварталом|півріччям|роком))?)|(?<last>останнього\s+місяця(\s+(звітного\s+)?(періоду|кварталу|півріччя|року))?|звітного\s+місяця)", RegexOptions.IgnoreCase)]
    private static partial Regex DueMonth();

    [GeneratedRegex(@"\b(протягом|упродовж|впродовж|не\s+пізніше(\s+ніж)?(\s+через)?|у|в|через)\s+(?<n>\d{1,3})(-?(ти|и|х))?\s+(?<working>робочих\s+)?(календарних\s+)?дн(ів|і|я)\s+(після|з\s+дня|від\s+дня|з\s+моменту)\s+(закінчення|завершення|закінченні)", RegexOptions.IgnoreCase)]
    private static partial Regex DaysAfter();
}
