using AntiCor.Core.Domain;

namespace AntiCor.Core.Reporting;

/// <summary>One period of the calendar with the date its reports are due.</summary>
public sealed record ScheduledPeriod(PeriodKey Key, DateOnly Starts, DateOnly Ends, DateOnly DueOn);

/// <summary>
/// The reporting periods of a programme from its rule: from the period in which its act was
/// signed (or the programme starts, when the act has no date) to the one holding its last day.
/// </summary>
public static class ReportingCalendar
{
    public static IReadOnlyList<ScheduledPeriod> Periods(ReportingRule rule, DateOnly? actDate, DateOnly from, DateOnly to, DaysOff daysOff)
    {
        if (rule.IsUnset)
        {
            return [];
        }

        var first = actDate is { } signed && signed > from ? signed : from;
        var periods = new List<ScheduledPeriod>();
        for (var key = PeriodKey.Containing(first, rule.Frequency); key.Starts <= to; key = key.Next())
        {
            periods.Add(new ScheduledPeriod(key, key.Starts, key.Ends, DueOn(rule, key, daysOff)));
        }

        return periods;
    }

    public static DateOnly DueOn(ReportingRule rule, PeriodKey key, DaysOff daysOff)
    {
        DateOnly due;
        if (rule.DaysAfterPeriod is { } days)
        {
            due = rule.WorkingDays ? daysOff.AddWorkingDays(key.Ends, days) : key.Ends.AddDays(days);
        }
        else
        {
            // Unsaid month: the month after the period (ADR-012) — a report on the quarter can
            // only be written once the quarter is over.
            var month = rule.DueMonth == DueMonth.LastOfPeriod ? key.Ends : key.Ends.AddDays(1);
            var day = Math.Min(rule.DueDay, DateTime.DaysInMonth(month.Year, month.Month));
            due = new DateOnly(month.Year, month.Month, day);
        }

        return rule.MoveOffDaysOff ? daysOff.OnOrAfter(due) : due;
    }
}
