using AntiCor.Core.Domain;

namespace AntiCor.Web.Jobs;

/// <summary>When a job runs next, from the moment its last run was claimed.</summary>
public abstract record JobSchedule
{
    public abstract DateTime NextAfter(DateTime utc);

    public static JobSchedule Every(TimeSpan interval) => new IntervalSchedule(interval);

    public static JobSchedule DailyAtKyivHour(int hour) => new DailyKyivSchedule(hour);
}

/// <summary>Every so often, measured from the start of the last run.</summary>
public sealed record IntervalSchedule : JobSchedule
{
    public IntervalSchedule(TimeSpan interval) =>
        Interval = interval > TimeSpan.Zero ? interval : throw new ArgumentOutOfRangeException(nameof(interval), "Інтервал має бути додатним.");

    public TimeSpan Interval { get; }

    public override DateTime NextAfter(DateTime utc) => utc + Interval;
}

/// <summary>
/// Once a day at a full hour on Kyiv's clock, whatever the server's zone and across daylight-saving
/// changes. An hour the spring change skips runs an hour later that day.
/// </summary>
public sealed record DailyKyivSchedule : JobSchedule
{
    public DailyKyivSchedule(int hour) =>
        Hour = hour is >= 0 and < 24 ? hour : throw new ArgumentOutOfRangeException(nameof(hour), "Година має бути від 0 до 23.");

    public int Hour { get; }

    public override DateTime NextAfter(DateTime utc)
    {
        var local = KyivTime.FromUtc(utc);
        for (var day = local.Date; ; day = day.AddDays(1))
        {
            var candidate = KyivTime.ToUtcLenient(day.AddHours(Hour));
            if (candidate > DateTime.SpecifyKind(utc, DateTimeKind.Utc))
            {
                return candidate;
            }
        }
    }
}
