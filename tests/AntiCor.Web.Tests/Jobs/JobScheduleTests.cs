extern alias web;

using web::AntiCor.Web.Jobs;

namespace AntiCor.Web.Tests.Jobs;

/// <summary>When jobs run next: daily on Kyiv's clock (across daylight-saving changes) and every N.</summary>
public sealed class JobScheduleTests
{
    private static DateTime Utc(int year, int month, int day, int hour, int minute = 0) => new(year, month, day, hour, minute, 0, DateTimeKind.Utc);

    [Fact]
    public void Daily_at_three_in_Kyiv_in_winter_is_one_o_clock_UTC_the_same_day_or_the_next()
    {
        var schedule = JobSchedule.DailyAtKyivHour(3);

        Assert.Equal(Utc(2026, 12, 1, 1), schedule.NextAfter(Utc(2026, 12, 1, 0, 30)));
        Assert.Equal(Utc(2026, 12, 2, 1), schedule.NextAfter(Utc(2026, 12, 1, 1)));
        Assert.Equal(Utc(2026, 12, 2, 1), schedule.NextAfter(Utc(2026, 12, 1, 10)));
    }

    [Fact]
    public void Daily_at_three_in_Kyiv_in_summer_is_midnight_UTC()
    {
        Assert.Equal(Utc(2026, 7, 2, 0), JobSchedule.DailyAtKyivHour(3).NextAfter(Utc(2026, 7, 1, 10)));
    }

    [Fact]
    public void The_hour_the_spring_change_skips_runs_an_hour_later_that_day()
    {
        // 29 March 2026: Kyiv's clocks jump from 03:00 to 04:00 (01:00 UTC).
        Assert.Equal(Utc(2026, 3, 29, 1), JobSchedule.DailyAtKyivHour(3).NextAfter(Utc(2026, 3, 28, 12)));
        Assert.Equal(Utc(2026, 3, 30, 0), JobSchedule.DailyAtKyivHour(3).NextAfter(Utc(2026, 3, 29, 1)));
    }

    [Fact]
    public void Interval_counts_from_the_last_run_and_refuses_a_non_positive_length()
    {
        Assert.Equal(Utc(2026, 12, 1, 10, 1), JobSchedule.Every(TimeSpan.FromMinutes(1)).NextAfter(Utc(2026, 12, 1, 10)));
        Assert.Throws<ArgumentOutOfRangeException>(() => JobSchedule.Every(TimeSpan.Zero));
        Assert.Throws<ArgumentOutOfRangeException>(() => JobSchedule.DailyAtKyivHour(24));
    }

    [Fact]
    public void Outbox_retries_wait_one_two_four_minutes_and_so_on_up_to_the_cap()
    {
        var options = new OutboxOptions { FirstRetryDelay = TimeSpan.FromMinutes(1), MaxRetryDelay = TimeSpan.FromMinutes(30) };

        var delays = Enumerable.Range(1, 7).Select(options.RetryDelayAfter).Select(d => d.TotalMinutes).ToList();

        Assert.Equal([1, 2, 4, 8, 16, 30, 30], delays);
        Assert.Equal(TimeSpan.FromMinutes(30), options.RetryDelayAfter(1000));
    }
}
