namespace AntiCor.BenchData;

/// <summary>The generator's clock: each step of a quarter happens on its own day, and the audit trail records that day.</summary>
internal sealed class BenchClock(DateTime start) : TimeProvider
{
    private DateTime _utc = DateTime.SpecifyKind(start, DateTimeKind.Utc);

    public DateTime UtcNow => _utc;

    public void Set(DateTime utc) => _utc = DateTime.SpecifyKind(utc, DateTimeKind.Utc);

    public override DateTimeOffset GetUtcNow() => new(_utc, TimeSpan.Zero);
}
