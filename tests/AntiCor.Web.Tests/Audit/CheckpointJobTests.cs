extern alias web;

using AntiCor.Core.Audit;
using AntiCor.Core.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using web::AntiCor.Web.Jobs;

namespace AntiCor.Web.Tests.Audit;

/// <summary>The hourly checkpoint job's work, and publishing from several nodes at once.</summary>
public sealed class CheckpointJobTests : IAsyncLifetime
{
    // The test's own moment: every node below publishes at exactly this instant.
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 12, 1, 12, 0, 0, TimeSpan.Zero));
    private readonly TamperedDatabase _db = new();
    private ServiceProvider _services = null!;

    public async Task InitializeAsync()
    {
        await _db.InitializeAsync();
        var options = await _db.Cli.QueryAsync(db => Task.FromResult(new DatabaseOptions(
            db.Database.IsNpgsql() ? DatabaseProvider.Postgres : DatabaseProvider.Sqlite, db.Database.GetConnectionString()!)));
        _services = new ServiceCollection()
            .AddSingleton<TimeProvider>(_clock)
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
    public async Task Job_publishes_the_chain_head_and_a_second_run_on_an_unchanged_head_stores_nothing()
    {
        var job = new AuditCheckpointJob(Options.Create(new AuditCheckpointOptions()), _clock, NullLogger<AuditCheckpointJob>.Instance);

        await using (var scope = _services.CreateAsyncScope())
        {
            await job.RunAsync(scope.ServiceProvider, CancellationToken.None);
        }

        await using (var scope = _services.CreateAsyncScope())
        {
            await job.RunAsync(scope.ServiceProvider, CancellationToken.None);
        }

        var head = await _db.Cli.QueryAsync(db => db.AuditEntries.Where(a => a.ChainId == _db.Chain).OrderByDescending(a => a.Sequence).Select(a => new { a.Sequence, a.Hash }).FirstAsync());
        // One checkpoint per chain: the deployment's and the organisation's.
        var stored = await _db.Cli.QueryAsync(db => db.AuditCheckpoints.AsNoTracking().ToListAsync());
        Assert.Equal(2, stored.Count);
        var checkpoint = Assert.Single(stored, c => c.ChainId == _db.Chain);
        Assert.Equal((head.Sequence, head.Hash), (checkpoint.Count, checkpoint.HeadHash));
        Assert.Equal(AuditCheckpointJob.JobName, job.Name);
        Assert.Equal(JobSchedule.Every(TimeSpan.FromHours(1)), job.Schedule);
    }

    [Fact]
    public async Task Nodes_publishing_the_same_head_at_the_same_moment_store_one_checkpoint()
    {
        var nodes = Enumerable.Range(0, 4).Select(async _ =>
        {
            await using var scope = _services.CreateAsyncScope();
            return await CheckpointPublisher.PublishAsync(scope.ServiceProvider.GetRequiredService<AppDbContext>(), _clock);
        });

        var results = await Task.WhenAll(nodes);

        // One checkpoint per chain (the deployment's and the organisation's), however many nodes publish.
        var chains = await _db.Cli.QueryAsync(db => db.AuditEntries.Select(a => a.ChainId).Distinct().CountAsync());
        Assert.Equal(chains, results.SelectMany(r => r).Select(c => c.Id).Distinct().Count());
        Assert.Equal(chains, await _db.Cli.QueryAsync(db => db.AuditCheckpoints.CountAsync()));
    }
}
