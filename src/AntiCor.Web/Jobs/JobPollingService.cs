using AntiCor.Web.Infrastructure.Health;
using Microsoft.Extensions.Options;

namespace AntiCor.Web.Jobs;

/// <summary>The node's poll for due jobs, every `Jobs:PollInterval`; off with `Jobs:Polling=false`.</summary>
public sealed partial class JobPollingService(JobRunner runner, IOptions<JobOptions> options, TimeProvider time, SchedulerHeartbeat heartbeat, ILogger<JobPollingService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.Polling)
        {
            LogOff(logger);
            return;
        }

        var interval = options.Value.PollInterval > TimeSpan.Zero ? options.Value.PollInterval : TimeSpan.FromSeconds(5);
        using var timer = new PeriodicTimer(interval, time);
        heartbeat.Started();
        try
        {
            do
            {
                await PollAsync(stoppingToken);
                heartbeat.Polled();
            }
            while (await timer.WaitForNextTickAsync(stoppingToken));
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutting down.
        }
        finally
        {
            // The readiness check reports a loop that ended, however it ended.
            heartbeat.Stop();
        }
    }

    private async Task PollAsync(CancellationToken stoppingToken)
    {
        try
        {
            await runner.RunDueAsync(stoppingToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // The database may be restarting: the next poll tries again; the node keeps serving.
            LogPollFailed(logger, ex);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Scheduled jobs are not polled on this node (Jobs:Polling=false)")]
    private static partial void LogOff(ILogger logger);

    [LoggerMessage(Level = LogLevel.Error, Message = "Polling for due jobs failed; the next poll tries again")]
    private static partial void LogPollFailed(ILogger logger, Exception exception);
}
