extern alias web;

using AntiCor.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using web::AntiCor.Web.Jobs;

namespace AntiCor.Web.Tests.Jobs;

/// <summary>The scheduler's own rules, with a test job beside the app's: failures are recorded and retried, triggers make a job due.</summary>
public sealed class JobRunnerTests : IAsyncLifetime
{
    private readonly SharedDatabase _db = new();
    private readonly FakeTimeProvider _time = new(JobTestKit.Start);
    private readonly FlakyJob _job = new(failures: 1);

    public Task InitializeAsync() => _db.InitializeAsync();

    public Task DisposeAsync() => _db.DisposeAsync();

    private NodeFactory Node() => new NodeFactory(_db, _time, services: s => s.AddSingleton<IScheduledJob>(_job)).Started();

    [Fact]
    public async Task A_failed_run_records_its_error_and_is_tried_again_after_the_retry_delay_not_at_the_next_poll()
    {
        await using var node = Node();

        var first = await node.Jobs().RunDueAsync();
        var failed = await LeaseAsync(node);
        _time.Advance(TimeSpan.FromMinutes(4));
        var beforeRetry = await node.Jobs().RunDueAsync();
        _time.Advance(TimeSpan.FromMinutes(1));
        var retried = await node.Jobs().RunDueAsync();
        var succeeded = await LeaseAsync(node);

        Assert.Contains(FlakyJob.JobName, first);
        Assert.Equal("InvalidOperationException: База даних ще не відповідає.", failed.LastError);
        Assert.Equal(JobTestKit.Start.UtcDateTime.AddMinutes(5), Utc(failed.NextRunUtc));
        Assert.Null(failed.LeaseOwner);
        Assert.DoesNotContain(FlakyJob.JobName, beforeRetry);
        Assert.Contains(FlakyJob.JobName, retried);
        Assert.Null(succeeded.LastError);
        Assert.Equal(JobTestKit.Start.UtcDateTime.AddMinutes(5) + FlakyJob.Interval, Utc(succeeded.NextRunUtc));
        Assert.Equal(2, _job.Runs);
    }

    [Fact]
    public async Task A_trigger_makes_a_job_due_now_on_any_node_and_it_runs_once()
    {
        await using var a = Node();
        await using var b = new NodeFactory(_db, _time, services: s => s.AddSingleton<IScheduledJob>(_job)).Started();
        await a.Jobs().RunDueAsync();
        _time.Advance(TimeSpan.FromMinutes(6));
        await a.Jobs().RunDueAsync();
        var runsBefore = _job.Runs;

        await a.Jobs().TriggerAsync(FlakyJob.JobName);
        var ran = (await Task.WhenAll(b.Jobs().RunDueAsync(), a.Jobs().RunDueAsync())).SelectMany(r => r).ToList();

        Assert.Equal(1, ran.Count(n => n == FlakyJob.JobName));
        Assert.Equal(runsBefore + 1, _job.Runs);
        Assert.Contains(FlakyJob.JobName, a.Jobs().JobNames);
        await Assert.ThrowsAsync<ArgumentException>(() => a.Jobs().TriggerAsync("no-such-job"));
    }

    private static Task<Core.Jobs.JobLease> LeaseAsync(NodeFactory node) =>
        node.QueryAsync(db => db.JobLeases.AsNoTracking().SingleAsync(j => j.Name == FlakyJob.JobName));

    private static DateTime Utc(DateTime value) => DateTime.SpecifyKind(value, DateTimeKind.Utc);

    /// <summary>Fails its first runs as a job whose database is not answering yet would.</summary>
    private sealed class FlakyJob(int failures) : IScheduledJob
    {
        public const string JobName = "test-flaky";
        public static readonly TimeSpan Interval = TimeSpan.FromHours(1);
        private int _runs;

        public int Runs => Volatile.Read(ref _runs);

        public string Name => JobName;

        public JobSchedule Schedule => JobSchedule.Every(Interval);

        public Task RunAsync(IServiceProvider scope, CancellationToken cancellationToken) =>
            Interlocked.Increment(ref _runs) <= failures ? throw new InvalidOperationException("База даних ще не відповідає.") : Task.CompletedTask;
    }
}
