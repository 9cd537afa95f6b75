namespace AntiCor.Core.Jobs;

/// <summary>
/// The persistent state of one scheduled job, shared by every node: when it is next due and who
/// holds it now. A node runs the job only after claiming the row with one conditional UPDATE
/// (due, and no unexpired lease), so one run happens however many nodes poll; the next run time
/// is in the database, so a restart neither repeats nor forgets a run.
/// </summary>
public sealed class JobLease
{
    public const int NameLength = 100;
    public const int OwnerLength = 200;

    private JobLease() { }

    public JobLease(string name, DateTime nextRunUtc)
    {
        Name = name;
        NextRunUtc = nextRunUtc;
    }

    public string Name { get; private set; } = "";
    public DateTime NextRunUtc { get; private set; }

    /// <summary>The node and claim that holds the job, while it runs.</summary>
    public string? LeaseOwner { get; private set; }

    /// <summary>After this another node may take the job over (its holder is taken for dead).</summary>
    public DateTime? LeaseUntilUtc { get; private set; }

    public DateTime? LastStartedUtc { get; private set; }
    public DateTime? LastFinishedUtc { get; private set; }

    /// <summary>Why the last run failed; null after a run that succeeded.</summary>
    public string? LastError { get; private set; }
}
