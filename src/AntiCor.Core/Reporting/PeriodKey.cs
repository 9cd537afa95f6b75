using System.Globalization;
using AntiCor.Core.Domain;

namespace AntiCor.Core.Reporting;

/// <summary>
/// A reporting period named as people and the command line write it: "2020Q1", "2020H1",
/// "2020" for a year, "2020-03" for a month.
/// </summary>
public readonly record struct PeriodKey(int Year, ReportingFrequency Frequency, int Index)
{
    public DateOnly Starts => new(Year, FirstMonth, 1);

    public DateOnly Ends => Starts.AddMonths(MonthsLong).AddDays(-1);

    private int MonthsLong => MonthsIn(Frequency);

    private static int MonthsIn(ReportingFrequency frequency) => frequency switch
    {
        ReportingFrequency.Monthly => 1,
        ReportingFrequency.Quarterly => 3,
        ReportingFrequency.HalfYearly => 6,
        _ => 12,
    };

    private int FirstMonth => (Index - 1) * MonthsLong + 1;

    public static PeriodKey Containing(DateOnly day, ReportingFrequency frequency) =>
        new(day.Year, frequency, (day.Month - 1) / MonthsIn(frequency) + 1);

    public PeriodKey Next() =>
        Index * MonthsLong >= 12 ? this with { Year = Year + 1, Index = 1 } : this with { Index = Index + 1 };

    /// <summary>Whether this period lies wholly inside <paramref name="other"/> (a quarter in its half-year or year).</summary>
    public bool Within(PeriodKey other) => Starts >= other.Starts && Ends <= other.Ends;

    public override string ToString() => Frequency switch
    {
        ReportingFrequency.Monthly => $"{Year}-{Index:00}",
        ReportingFrequency.Quarterly => $"{Year}Q{Index}",
        ReportingFrequency.HalfYearly => $"{Year}H{Index}",
        _ => Year.ToString(CultureInfo.InvariantCulture),
    };

    /// <summary>"I квартал 2020 року", "I півріччя 2020 року", "березень 2020 року", "2020 рік".</summary>
    public string Label => Frequency switch
    {
        ReportingFrequency.Monthly => $"{Months[Index - 1]} {Year} року",
        ReportingFrequency.Quarterly => $"{Roman[Index - 1]} квартал {Year} року",
        ReportingFrequency.HalfYearly => $"{Roman[Index - 1]} півріччя {Year} року",
        _ => $"{Year} рік",
    };

    private static readonly string[] Roman = ["I", "II", "III", "IV"];

    private static readonly string[] Months =
        ["січень", "лютий", "березень", "квітень", "травень", "червень", "липень", "серпень", "вересень", "жовтень", "листопад", "грудень"];

    public static bool TryParse(string? text, out PeriodKey key)
    {
        key = default;
        var s = text?.Trim().ToUpperInvariant() ?? "";
        if (s.Length < 4 || !int.TryParse(s.AsSpan(0, 4), NumberStyles.None, CultureInfo.InvariantCulture, out var year)
            || year is < 1990 or > 2100)
        {
            return false;
        }

        var rest = s[4..];
        if (rest.Length == 0)
        {
            key = new PeriodKey(year, ReportingFrequency.Yearly, 1);
            return true;
        }

        if (rest.Length < 2 || !int.TryParse(rest.AsSpan(1), NumberStyles.None, CultureInfo.InvariantCulture, out var index))
        {
            return false;
        }

        (ReportingFrequency frequency, int max)? shape = rest[0] switch
        {
            'Q' => (ReportingFrequency.Quarterly, 4),
            'H' => (ReportingFrequency.HalfYearly, 2),
            '-' or 'M' => (ReportingFrequency.Monthly, 12),
            _ => null,
        };
        if (shape is not { } found || index < 1 || index > found.max)
        {
            return false;
        }

        key = new PeriodKey(year, found.frequency, index);
        return true;
    }

    /// <summary>Parses or refuses in the user's words, naming the forms that are accepted.</summary>
    public static PeriodKey Parse(string? text) => TryParse(text, out var key)
        ? key
        : throw new DomainException($"Період «{text}» не розпізнано: вкажіть рік і частину року, наприклад 2020Q1 (квартал), 2020H1 (півріччя), 2020 (рік) або 2020-03 (місяць).");
}
