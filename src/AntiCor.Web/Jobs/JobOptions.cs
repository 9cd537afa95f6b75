namespace AntiCor.Web.Jobs;

/// <summary>The `Jobs` section: how the scheduler polls and leases.</summary>
public sealed class JobOptions
{
    public const string Section = "Jobs";

    /// <summary>`Jobs:Polling`: false stops the hosted loop (tests run due jobs themselves with <see cref="JobRunner.RunDueAsync"/>).</summary>
    public bool Polling { get; set; } = true;

    /// <summary>`Jobs:PollInterval`: how often a node looks for due jobs.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>`Jobs:LeaseDuration`: how long a claimed run is held before another node may take it over.</summary>
    public TimeSpan LeaseDuration { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>`Jobs:RetryDelay`: how soon a failed run is tried again (never later than its next scheduled run).</summary>
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromMinutes(5);
}
