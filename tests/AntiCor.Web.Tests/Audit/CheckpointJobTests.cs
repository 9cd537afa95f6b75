extern alias web;

using AntiCor.Core.Audit;
using AntiCor.Core.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using web::AntiCor.Web.Jobs;

namespace AntiCor.Web.Tests.Audit;

/// <summary>The daily checkpoint job, and publishing from several nodes at once.</summary>
public sealed class CheckpointJobTests : IAsyncLifetime
{
    private readonly TamperedDatabase _db = new();
    private ServiceProvider _services = null!;

    public async Task InitializeAsync()
    {
        await _db.InitializeAsync();
        var options = await _db.Cli.QueryAsync(db => Task.FromResult(new DatabaseOptions(
            db.Database.IsNpgsql() ? DatabaseProvider.Postgres : DatabaseProvider.Sqlite, db.Database.GetConnectionString()!)));
        _services = new ServiceCollection()
            .AddSingleton(TimeProvider.System)
            .AddSingleton<ILoggerFactory>(NullLoggerFactory.Instance)
            .AddAntiCorDatabase(options)
            .BuildServiceProvider();
    }

    public async Task DisposeAsync()
    {
        await _services.DisposeAsync();
        await _db.DisposeAsync();
    }

    [Fact]
    public async Task Job_publishes_the_head_at_start_when_no_checkpoint_exists()
    {
        Assert.Equal(0, await _db.Cli.QueryAsync(db => db.AuditCheckpoints.CountAsync()));
        using var job = NewJob(TimeSpan.FromDays(1));

        await job.StartAsync(CancellationToken.None);
        var stored = await WaitForCheckpointsAsync();
        await job.StopAsync(CancellationToken.None);

        var head = await _db.Cli.QueryAsync(db => db.AuditEntries.Where(a => a.ChainId == _db.Chain).OrderByDescending(a => a.Sequence).Select(a => new { a.Sequence, a.Hash }).FirstAsync());
        Assert.Equal(2, stored.Count);
        var checkpoint = Assert.Single(stored, c => c.ChainId == _db.Chain);
        Assert.Equal((head.Sequence, head.Hash), (checkpoint.Count, checkpoint.HeadHash));
    }

    [Fact]
    public async Task Job_at_start_does_not_publish_again_when_today_has_a_checkpoint()
    {
        await using (var scope = _services.CreateAsyncScope())
        {
            await CheckpointPublisher.PublishAsync(scope.ServiceProvider.GetRequiredService<AppDbContext>(), TimeProvider.System);
        }

        await _db.AppendEventAsync(new AuditEvent(AuditActions.Exported, "Programme", "p", null));
        using var job = NewJob(TimeSpan.FromDays(1));

        await job.RunAsync(onlyIfNoneToday: true, CancellationToken.None);
        var afterStart = await _db.Cli.QueryAsync(db => db.AuditCheckpoints.CountAsync());
        await job.RunAsync(onlyIfNoneToday: false, CancellationToken.None);
        var afterTick = await _db.Cli.QueryAsync(db => db.AuditCheckpoints.CountAsync());

        // Two chains: the start publishes nothing more; the tick publishes the grown deployment chain.
        Assert.Equal(2, afterStart);
        Assert.Equal(3, afterTick);
    }

    [Fact]
    public async Task Nodes_publishing_the_same_head_at_the_same_moment_store_one_checkpoint()
    {
        var nodes = Enumerable.Range(0, 4).Select(async _ =>
        {
            await using var scope = _services.CreateAsyncScope();
            return await CheckpointPublisher.PublishAsync(scope.ServiceProvider.GetRequiredService<AppDbContext>(), TimeProvider.System);
        });

        var results = await Task.WhenAll(nodes);

        // One checkpoint per chain (the deployment's and the seed organisation's), however many nodes publish.
        var chains = await _db.Cli.QueryAsync(db => db.AuditEntries.Select(a => a.ChainId).Distinct().CountAsync());
        Assert.Equal(chains, results.SelectMany(r => r).Select(c => c.Id).Distinct().Count());
        Assert.Equal(chains, await _db.Cli.QueryAsync(db => db.AuditCheckpoints.CountAsync()));
    }

    [Fact]
    public async Task Job_retries_a_failed_first_run_until_the_database_answers()
    {
        var flaky = new FailingFirst(_services.GetRequiredService<IServiceScopeFactory>(), failures: 2);
        using var job = new AuditCheckpointJob(
            flaky,
            Options.Create(new AuditCheckpointOptions { CheckpointInterval = TimeSpan.FromDays(1), CheckpointRetryDelay = TimeSpan.FromMilliseconds(100) }),
            TimeProvider.System,
            NullLogger<AuditCheckpointJob>.Instance);

        await job.StartAsync(CancellationToken.None);
        var stored = await WaitForCheckpointsAsync();
        await job.StopAsync(CancellationToken.None);

        Assert.Equal(3, flaky.Calls);
        Assert.Equal(2, stored.Count);
    }

    /// <summary>A database that is not there yet: the first scopes fail as a refused connection would.</summary>
    private sealed class FailingFirst(IServiceScopeFactory inner, int failures) : IServiceScopeFactory
    {
        public int Calls { get; private set; }

        public IServiceScope CreateScope() =>
            ++Calls <= failures ? throw new InvalidOperationException("База даних ще не відповідає.") : inner.CreateScope();
    }

    private AuditCheckpointJob NewJob(TimeSpan interval) => new(
        _services.GetRequiredService<IServiceScopeFactory>(),
        Options.Create(new AuditCheckpointOptions { CheckpointInterval = interval }),
        TimeProvider.System,
        NullLogger<AuditCheckpointJob>.Instance);

    private async Task<List<AuditCheckpoint>> WaitForCheckpointsAsync()
    {
        for (var i = 0; i < 100; i++)
        {
            var stored = await _db.Cli.QueryAsync(db => db.AuditCheckpoints.AsNoTracking().ToListAsync());
            if (stored.Count > 0)
            {
                return stored;
            }

            await Task.Delay(100);
        }

        return [];
    }
}
