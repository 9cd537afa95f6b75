using AntiCor.Core.Domain;
using AntiCor.Core.Audit;
using AntiCor.Core.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace AntiCor.Web.Jobs;

/// <summary>`Audit:CheckpointInterval` (TimeSpan, e.g. "1.00:00:00"): how often the chain's head is published.</summary>
public sealed class AuditCheckpointOptions
{
    public const string Section = "Audit";

    public TimeSpan CheckpointInterval { get; set; } = TimeSpan.FromDays(1);

    /// <summary>`Audit:CheckpointRetryDelay`: how soon a failed first run (e.g. a database still starting) is tried again.</summary>
    public TimeSpan CheckpointRetryDelay { get; set; } = TimeSpan.FromMinutes(5);
}

/// <summary>
/// Publishes the audit chain's head as a public checkpoint: at start when none was published
/// today (Kyiv's day), then once per interval. Each run takes a fresh scope. Safe on several
/// nodes: <see cref="CheckpointPublisher"/> serialises them and an unchanged head stores nothing.
/// </summary>
public sealed partial class AuditCheckpointJob(
    IServiceScopeFactory scopes,
    IOptions<AuditCheckpointOptions> options,
    TimeProvider time,
    ILogger<AuditCheckpointJob> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var interval = options.Value.CheckpointInterval > TimeSpan.Zero ? options.Value.CheckpointInterval : TimeSpan.FromDays(1);
        var retry = options.Value.CheckpointRetryDelay > TimeSpan.Zero ? options.Value.CheckpointRetryDelay : TimeSpan.FromMinutes(5);
        using var timer = new PeriodicTimer(interval, time);
        try
        {
            while (!await RunAsync(onlyIfNoneToday: true, stoppingToken))
            {
                await Task.Delay(retry, time, stoppingToken);
            }

            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                await RunAsync(onlyIfNoneToday: false, stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutting down.
        }
    }

    /// <summary>One run; false when it failed (logged; the host keeps serving and a later run tries again).</summary>
    internal async Task<bool> RunAsync(bool onlyIfNoneToday, CancellationToken cancellationToken)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            if (onlyIfNoneToday)
            {
                var today = DateOnly.FromDateTime(KyivTime.FromUtc(time.GetUtcNow().UtcDateTime));
                var latest = await CheckpointPublisher.LatestAsync(db, cancellationToken);
                if (latest is not null && DateOnly.FromDateTime(KyivTime.FromUtc(latest.AtUtc)) == today)
                {
                    LogAlreadyToday(logger, latest.Count);
                    return true;
                }
            }

            var checkpoints = await CheckpointPublisher.PublishAsync(db, time, cancellationToken);
            if (checkpoints.Count == 0)
            {
                LogEmptyChain(logger);
            }

            foreach (var checkpoint in checkpoints)
            {
                LogPublished(logger, checkpoint.Count, checkpoint.HeadHash);
            }

            return true;
        }
        catch (Exception ex) when (ex is DbUpdateException or InvalidOperationException or System.Data.Common.DbException)
        {
            LogFailed(logger, ex);
            return false;
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Audit checkpoint: {Count} rows, head {HeadHash}")]
    private static partial void LogPublished(ILogger logger, long count, string headHash);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Audit checkpoint already published today, at {Count} rows")]
    private static partial void LogAlreadyToday(ILogger logger, long count);

    [LoggerMessage(Level = LogLevel.Information, Message = "Audit checkpoint skipped: the audit trail is empty")]
    private static partial void LogEmptyChain(ILogger logger);

    [LoggerMessage(Level = LogLevel.Error, Message = "Audit checkpoint could not be published; the next run retries")]
    private static partial void LogFailed(ILogger logger, Exception exception);
}

/// <summary>Registers the checkpoint job and its options.</summary>
public static class AuditCheckpointRegistration
{
    public static WebApplicationBuilder AddAuditCheckpoints(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<AuditCheckpointOptions>().Bind(builder.Configuration.GetSection(AuditCheckpointOptions.Section));
        builder.Services.AddHostedService<AuditCheckpointJob>();
        return builder;
    }
}
