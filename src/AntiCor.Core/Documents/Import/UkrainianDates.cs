using System.Text.RegularExpressions;

namespace AntiCor.Core.Documents.Import;

/// <summary>Dates as Ukrainian acts write them: "12 серпня 2019 року", "04.07.2019".</summary>
public static partial class UkrainianDates
{
    private static readonly string[] MonthsGenitive =
    [
        "січня", "лютого", "березня", "квітня", "травня", "червня",
        "липня", "серпня", "вересня", "жовтня", "листопада", "грудня",
    ];

    /// <summary>The first date written in the text, if any, with where it was found.</summary>
    public static (DateOnly Date, Match Match)? FindFirst(string text)
    {
        var m = DatePattern().Match(text);
        while (m.Success)
        {
            if (TryRead(m, out var date))
            {
                return (date, m);
            }

            m = m.NextMatch();
        }

        return null;
    }

    public static DateOnly? Parse(string text) => FindFirst(text)?.Date;

    /// <summary>Every valid date written in the text, in order.</summary>
    public static IReadOnlyList<(DateOnly Date, Match Match)> FindAll(string text) =>
        DatePattern().Matches(text).Select(m => TryRead(m, out var date) ? (date, m) : ((DateOnly, Match)?)null).OfType<(DateOnly, Match)>().ToList();

    /// <summary>1-12 for a month named in the genitive ("грудня"), else null.</summary>
    public static int? MonthOf(string genitive)
    {
        var index = Array.IndexOf(MonthsGenitive, genitive.ToLowerInvariant());
        return index < 0 ? null : index + 1;
    }

    private static bool TryRead(Match m, out DateOnly date)
    {
        date = default;
        int day, month, year;
        if (m.Groups["month"].Success)
        {
            month = Array.IndexOf(MonthsGenitive, m.Groups["month"].Value.ToLowerInvariant()) + 1;
            day = int.Parse(m.Groups["day"].Value);
            year = int.Parse(m.Groups["year"].Value);
        }
        else
        {
            day = int.Parse(m.Groups["d"].Value);
            month = int.Parse(m.Groups["m"].Value);
            year = int.Parse(m.Groups["y"].Value);
        }

        if (month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return false;
        }

        date = new DateOnly(year, month, day);
        return true;
    }

    [GeneratedRegex(@"(?<day>\d{1,2})\s+(?<month>\p{L}+)\s+(?<year>\d{4})(\s*(року|р\.))?|(?<d>\d{1,2})\.(?<m>\d{1,2})\.(?<y>\d{4})(\s*(року|р\.))?", RegexOptions.IgnoreCase)]
    private static partial Regex DatePattern();
}
