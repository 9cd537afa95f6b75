extern alias web;

using AntiCor.Core.Archive;
using web::AntiCor.Web.Infrastructure.Backup;
using AntiCor.Web.Tests.Support;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace AntiCor.Web.Tests.Infrastructure.Backup;

/// <summary>The nightly backup job on the app's database (either provider): a checksummed backup each night, the oldest beyond Backup:Keep deleted.</summary>
[Collection(AppCollection.Name)]
public sealed class NightlyBackupJobTests(AntiCorFactory factory) : IDisposable
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), $"anticor-backups-{Guid.NewGuid():N}");

    public void Dispose()
    {
        if (Directory.Exists(_directory))
        {
            Directory.Delete(_directory, recursive: true);
        }
    }

    [Fact]
    public async Task Each_night_writes_a_backup_that_opens_verified_and_only_the_newest_Keep_stay()
    {
        Directory.CreateDirectory(_directory);
        var unrelated = Path.Combine(_directory, "notes.txt");
        await File.WriteAllTextAsync(unrelated, "не копія");
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 12, 1, 0, 0, 0, TimeSpan.Zero));
        var job = new NightlyBackupJob(Options.Create(new BackupOptions { Directory = _directory, Keep = 2 }), time,
            new ConfigurationBuilder().Build(), NullLogger<NightlyBackupJob>.Instance);

        for (var night = 0; night < 3; night++)
        {
            await using var scope = factory.Services.CreateAsyncScope();
            await job.RunAsync(scope.ServiceProvider, CancellationToken.None);
            time.Advance(TimeSpan.FromDays(1));
        }

        var kept = Directory.EnumerateFiles(_directory, "*.zip").Select(Path.GetFileName).Order().ToList();
        Assert.Equal(["anticor-backup-20261202-000000.zip", "anticor-backup-20261203-000000.zip"], kept);
        Assert.True(File.Exists(unrelated));
        using var newest = await ArchiveFile.OpenVerifiedAsync(Path.Combine(_directory, kept[^1]!));
        Assert.NotEmpty(newest.Manifest.Migration);
    }

    [Fact]
    public void It_runs_at_the_configured_hour_on_Kyiv_clock()
    {
        var job = new NightlyBackupJob(Options.Create(new BackupOptions { Directory = _directory, Hour = 3 }), new FakeTimeProvider(new DateTimeOffset(2026, 12, 1, 12, 0, 0, TimeSpan.Zero)),
            new ConfigurationBuilder().Build(), NullLogger<NightlyBackupJob>.Instance);

        // Winter: Kyiv is UTC+2, so 03:00 there is 01:00 UTC.
        Assert.Equal(new DateTime(2026, 12, 2, 1, 0, 0, DateTimeKind.Utc), job.Schedule.NextAfter(new DateTime(2026, 12, 1, 12, 0, 0, DateTimeKind.Utc)));
        Assert.Equal(NightlyBackupJob.JobName, job.Name);
    }
}
