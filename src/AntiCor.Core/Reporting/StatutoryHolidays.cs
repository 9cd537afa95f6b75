namespace AntiCor.Core.Reporting;

/// <summary>
/// The public holidays of art. 73 of the Labour Code for a year, as the law stood that year:
/// Christmas on 7 January until 2023 (25 December throughout), Victory Day on 9 May until 2023
/// and Remembrance and Victory Day on 8 May after, Defenders' Day on 14 October until 2022 and
/// 1 October after, Statehood Day on 28 July in 2022-2023 and 15 July after. Easter and Trinity
/// follow the Julian paschalion. What is shipped is a starting list the administrator edits.
/// </summary>
public static class StatutoryHolidays
{
    public static IReadOnlyList<(DateOnly Date, string Name)> For(int year)
    {
        var easter = OrthodoxEaster(year);
        var days = new List<(DateOnly, string)>
        {
            (new(year, 1, 1), "Новий рік"),
            (new(year, 3, 8), "Міжнародний жіночий день"),
            (easter, "Великдень"),
            (new(year, 5, 1), "День праці"),
            (easter.AddDays(49), "Трійця"),
            (new(year, 6, 28), "День Конституції України"),
            (new(year, 8, 24), "День незалежності України"),
            (new(year, 12, 25), "Різдво Христове"),
        };
        if (year <= 2023)
        {
            days.Add((new(year, 1, 7), "Різдво Христове (7 січня)"));
            days.Add((new(year, 5, 9), "День перемоги над нацизмом у Другій світовій війні"));
        }
        else
        {
            days.Add((new(year, 5, 8), "День пам'яті та перемоги над нацизмом у Другій світовій війні"));
        }

        days.Add(year <= 2022 ? (new(year, 10, 14), "День захисника України") : (new(year, 10, 1), "День захисників і захисниць України"));
        if (year is 2022 or 2023)
        {
            days.Add((new(year, 7, 28), "День Української Державності"));
        }
        else if (year >= 2024)
        {
            days.Add((new(year, 7, 15), "День Української Державності"));
        }

        return [.. days.OrderBy(d => d.Item1)];
    }

    /// <summary>Easter by the Julian paschalion (Meeus), moved to the Gregorian calendar (valid 1900-2099).</summary>
    public static DateOnly OrthodoxEaster(int year)
    {
        var d = (19 * (year % 19) + 15) % 30;
        var e = (2 * (year % 4) + 4 * (year % 7) - d + 34) % 7;
        var month = (d + e + 114) / 31;
        var day = (d + e + 114) % 31 + 1;
        return new DateOnly(year, month, day).AddDays(13);
    }
}
