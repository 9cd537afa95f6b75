using AntiCor.Core.Archive;
using AntiCor.Core.Data;
using AntiCor.Web.Features.My;
using AntiCor.Web.Jobs;
using Microsoft.Extensions.Options;

namespace AntiCor.Web.Infrastructure.Backup;

/// <summary>
/// Once a night (`Backup:Hour`, Kyiv), the same backup as `anticor backup`, into `Backup:Directory`
/// as anticor-backup-yyyyMMdd-HHmmss.zip (UTC), then all but the `Backup:Keep` newest are deleted.
/// A persistent job (ADR-008): one node runs it, and a restart neither repeats nor skips the night.
/// </summary>
public sealed partial class NightlyBackupJob(IOptions<BackupOptions> options, TimeProvider time, IConfiguration configuration, ILogger<NightlyBackupJob> logger) : IScheduledJob
{
    public const string JobName = "nightly-backup";
    public const string Prefix = "anticor-backup-";

    public string Name => JobName;

    public JobSchedule Schedule => JobSchedule.DailyAtKyivHour(options.Value.Hour);

    public async Task RunAsync(IServiceProvider scope, CancellationToken cancellationToken)
    {
        var directory = Path.GetFullPath(options.Value.Directory ?? throw new InvalidOperationException("Backup:Directory не задано."));
        Directory.CreateDirectory(directory);
        var path = Path.Combine(directory, $"{Prefix}{time.GetUtcNow().UtcDateTime:yyyyMMdd-HHmmss}.zip");
        var temporary = path + ".tmp";
        var evidence = configuration[EvidenceStore.FolderSetting] is { Length: > 0 } folder ? folder : null;
        try
        {
            await using (var stream = File.Create(temporary))
            {
                var manifest = await new DatabaseBackup(scope.GetRequiredService<AppDbContext>(), time, evidence).WriteAsync(stream, cancellationToken);
                foreach (var sha in manifest.MissingEvidence)
                {
                    LogMissingEvidence(logger, sha);
                }
            }

            File.Move(temporary, path, overwrite: true);
        }
        finally
        {
            File.Delete(temporary);
        }

        LogWritten(logger, path);
        foreach (var old in Retention.ToDelete(directory, options.Value.Keep))
        {
            File.Delete(old);
            LogDeleted(logger, old);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Nightly backup written to {Path}")]
    private static partial void LogWritten(ILogger logger, string path);

    [LoggerMessage(Level = LogLevel.Information, Message = "Old backup {Path} deleted (Backup:Keep)")]
    private static partial void LogDeleted(ILogger logger, string path);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Evidence file {Sha256} is missing from the evidence folder and from the backup")]
    private static partial void LogMissingEvidence(ILogger logger, string sha256);

    /// <summary>The backups beyond the newest <c>keep</c> (names sort by time); never a file of another name.</summary>
    public static class Retention
    {
        public static IEnumerable<string> ToDelete(string directory, int keep) =>
            Directory.EnumerateFiles(directory, Prefix + "*.zip")
                .OrderByDescending(f => Path.GetFileName(f), StringComparer.Ordinal)
                .Skip(Math.Max(keep, 1))
                .ToList();
    }
}
