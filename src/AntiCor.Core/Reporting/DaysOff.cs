namespace AntiCor.Core.Reporting;

/// <summary>Weekends and the deployment's public holidays: the days a due date may not fall on when the rule says so.</summary>
public sealed class DaysOff(IEnumerable<DateOnly> holidays)
{
    private readonly HashSet<DateOnly> _holidays = [.. holidays];

    public static DaysOff WeekendsOnly { get; } = new([]);

    public bool IsWorking(DateOnly day) =>
        day.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday) && !_holidays.Contains(day);

    public DateOnly OnOrAfter(DateOnly day)
    {
        while (!IsWorking(day))
        {
            day = day.AddDays(1);
        }

        return day;
    }

    /// <summary>The <paramref name="count"/>-th working day after <paramref name="day"/>.</summary>
    public DateOnly AddWorkingDays(DateOnly day, int count)
    {
        for (var left = count; left > 0;)
        {
            day = day.AddDays(1);
            if (IsWorking(day))
            {
                left--;
            }
        }

        return day;
    }
}
