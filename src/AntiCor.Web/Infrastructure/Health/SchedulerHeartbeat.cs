namespace AntiCor.Web.Infrastructure.Health;

/// <summary>
/// What this node's job poll last did, for the readiness check: whether the loop is on, when it
/// last finished a poll, and whether it has stopped (shut down or crashed). Written by
/// <see cref="Jobs.JobPollingService"/>, read by <see cref="SchedulerHealthCheck"/>.
/// </summary>
public sealed class SchedulerHeartbeat(TimeProvider time)
{
    private long _startedTicks;
    private long _lastPollTicks;
    private int _stopped;

    /// <summary>When the loop started (UTC); null before it did, or when polling is off on this node.</summary>
    public DateTime? StartedUtc => Read(ref _startedTicks);

    /// <summary>When the loop last finished a poll (whether its jobs succeeded or not).</summary>
    public DateTime? LastPollUtc => Read(ref _lastPollTicks);

    public bool Stopped => Volatile.Read(ref _stopped) == 1;

    public void Started() => Interlocked.Exchange(ref _startedTicks, time.GetUtcNow().UtcDateTime.Ticks);

    public void Polled() => Interlocked.Exchange(ref _lastPollTicks, time.GetUtcNow().UtcDateTime.Ticks);

    public void Stop() => Volatile.Write(ref _stopped, 1);

    private static DateTime? Read(ref long ticks)
    {
        var value = Interlocked.Read(ref ticks);
        return value == 0 ? null : new DateTime(value, DateTimeKind.Utc);
    }
}
