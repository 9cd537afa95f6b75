namespace AntiCor.Web.Jobs;

/// <summary>The `Outbox` section: how often queued letters are sent and how failures are retried.</summary>
public sealed class OutboxOptions
{
    public const string Section = "Outbox";

    /// <summary>`Outbox:SendInterval`: how often the sender job looks for due letters.</summary>
    public TimeSpan SendInterval { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>`Outbox:MaxAttempts`: attempts before a letter is given up (marked failed).</summary>
    public int MaxAttempts { get; set; } = 10;

    /// <summary>`Outbox:FirstRetryDelay`: the wait after the first failure; it doubles after each further one.</summary>
    public TimeSpan FirstRetryDelay { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>`Outbox:MaxRetryDelay`: the longest wait between two attempts.</summary>
    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromHours(1);

    /// <summary>`Outbox:BatchSize`: letters sent by one run at most; the rest wait for the next.</summary>
    public int BatchSize { get; set; } = 50;

    /// <summary>The wait after failed attempt number <paramref name="attempt"/> (1-based): first, 2×first, 4×first … capped.</summary>
    public TimeSpan RetryDelayAfter(int attempt)
    {
        var first = FirstRetryDelay > TimeSpan.Zero ? FirstRetryDelay : TimeSpan.FromMinutes(1);
        var cap = MaxRetryDelay >= first ? MaxRetryDelay : first;
        var doublings = Math.Clamp(attempt - 1, 0, 30);
        var ticks = first.Ticks * Math.Pow(2, doublings);
        return ticks >= cap.Ticks ? cap : TimeSpan.FromTicks((long)ticks);
    }
}
