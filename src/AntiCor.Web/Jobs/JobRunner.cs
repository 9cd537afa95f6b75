using System.Collections.Concurrent;
using AntiCor.Core.Data;
using AntiCor.Core.Jobs;
using Microsoft.Extensions.Options;

namespace AntiCor.Web.Jobs;

/// <summary>
/// Runs the registered jobs that are due, each only after claiming its lease row, so that any
/// number of nodes polling the same database run each due job once. The hosted
/// <see cref="JobPollingService"/> calls <see cref="RunDueAsync"/> every few seconds; tests call it
/// themselves, with time moved by a fake <see cref="TimeProvider"/>.
/// </summary>
public sealed partial class JobRunner(
    IEnumerable<IScheduledJob> jobs,
    IServiceScopeFactory scopes,
    TimeProvider time,
    IOptions<JobOptions> options,
    ILogger<JobRunner> logger)
{
    private readonly IReadOnlyList<IScheduledJob> _jobs = [.. jobs];
    private readonly ConcurrentDictionary<string, bool> _ensured = new(StringComparer.Ordinal);

    /// <summary>This node's name in the lease table (machine, process, and an instance tag for several hosts in one process).</summary>
    public string Node { get; } = DeadLeases.Started(Truncate($"{Environment.MachineName}/{Environment.ProcessId}/{Guid.NewGuid().ToString("N")[..8]}", 160));

    public IReadOnlyList<string> JobNames => [.. _jobs.Select(j => j.Name)];

    /// <summary>Runs every due job this node could claim, one after another; returns the names of those it ran.</summary>
    public async Task<IReadOnlyList<string>> RunDueAsync(CancellationToken cancellationToken = default)
    {
        await ReleaseDeadLeasesAsync(cancellationToken);
        var ran = new List<string>();
        foreach (var job in _jobs)
        {
            if (await RunIfDueAsync(job, cancellationToken))
            {
                ran.Add(job.Name);
            }
        }

        return ran;
    }

    /// <summary>Makes a job due now, so the next poll (or <see cref="RunDueAsync"/>) on any node runs it.</summary>
    public async Task TriggerAsync(string name, CancellationToken cancellationToken = default)
    {
        var job = _jobs.SingleOrDefault(j => j.Name == name) ?? throw new ArgumentException($"Завдання «{name}» не зареєстроване.", nameof(name));
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var now = time.GetUtcNow().UtcDateTime;
        await EnsureAsync(db, job, now, cancellationToken);
        await JobLeaseStore.MakeDueAsync(db, job.Name, now, cancellationToken);
    }

    private async Task<bool> RunIfDueAsync(IScheduledJob job, CancellationToken cancellationToken)
    {
        var claimedAt = time.GetUtcNow().UtcDateTime;
        var claim = Truncate($"{Node}/{Guid.NewGuid().ToString("N")[..12]}", JobLease.OwnerLength);
        await using (var scope = scopes.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            await EnsureAsync(db, job, claimedAt, cancellationToken);
            if (!await JobLeaseStore.TryClaimAsync(db, job.Name, claim, claimedAt, claimedAt + Positive(options.Value.LeaseDuration, TimeSpan.FromMinutes(10)), cancellationToken))
            {
                return false;
            }
        }

        LogStarted(logger, job.Name, Node);
        DateTime next;
        string? error = null;
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            await job.RunAsync(scope.ServiceProvider, cancellationToken);
            next = job.Schedule.NextAfter(claimedAt);
            LogFinished(logger, job.Name, next);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Shutting down mid-run: leave the job due, for this node after restart or another node now.
            next = claimedAt;
            error = "Перервано зупинкою вузла.";
        }
#pragma warning disable CA1031 // A job's failure, whatever it is, must not stop the others or the node: it is recorded and retried.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            var scheduled = job.Schedule.NextAfter(claimedAt);
            var retry = time.GetUtcNow().UtcDateTime + Positive(options.Value.RetryDelay, TimeSpan.FromMinutes(5));
            next = retry < scheduled ? retry : scheduled;
            error = Truncate($"{ex.GetType().Name}: {ex.Message}", 2000);
            LogFailed(logger, ex, job.Name, next);
        }

        // Not cancellable: a lease left held would block the job until it expires.
        await using (var scope = scopes.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            var released = await JobLeaseStore.ReleaseAsync(db, job.Name, claim, next, time.GetUtcNow().UtcDateTime, error, CancellationToken.None);
            if (released == 0)
            {
                LogLeaseLost(logger, job.Name);
            }
        }

        return true;
    }

    /// <summary>Frees the jobs a dead node of this machine still holds (<see cref="DeadLeases"/>), so they run now, not when its lease expires.</summary>
    private async Task ReleaseDeadLeasesAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        foreach (var name in await DeadLeases.ReleaseAsync(db, Node, cancellationToken))
        {
            LogDeadLeaseReleased(logger, name);
        }
    }

    private async Task EnsureAsync(AppDbContext db, IScheduledJob job, DateTime now, CancellationToken cancellationToken)
    {
        if (!_ensured.ContainsKey(job.Name))
        {
            await JobLeaseStore.EnsureAsync(db, job.Name, now, cancellationToken);
            _ensured[job.Name] = true;
        }
    }

    private static TimeSpan Positive(TimeSpan value, TimeSpan fallback) => value > TimeSpan.Zero ? value : fallback;

    private static string Truncate(string text, int length) => text.Length <= length ? text : text[..length];

    [LoggerMessage(Level = LogLevel.Debug, Message = "Job {Job} started on {Node}")]
    private static partial void LogStarted(ILogger logger, string job, string node);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Job {Job} finished; next run at {NextRunUtc:O} UTC")]
    private static partial void LogFinished(ILogger logger, string job, DateTime nextRunUtc);

    [LoggerMessage(Level = LogLevel.Error, Message = "Job {Job} failed; it is tried again at {NextRunUtc:O} UTC")]
    private static partial void LogFailed(ILogger logger, Exception exception, string job, DateTime nextRunUtc);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Job {Job} was held by a process of this machine that is no longer running; its lease is released")]
    private static partial void LogDeadLeaseReleased(ILogger logger, string job);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Job {Job} ran longer than its lease and another node took it over; raise Jobs:LeaseDuration")]
    private static partial void LogLeaseLost(ILogger logger, string job);
}
