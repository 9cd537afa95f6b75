using AntiCor.Core.Data;
using AntiCor.Core.Telemetry;
using AntiCor.Web.Infrastructure;
using AntiCor.Web.Infrastructure.Health;
using Microsoft.Extensions.Options;

namespace AntiCor.Web.Jobs;

/// <summary>
/// Sends the outbox's due letters every `Outbox:SendInterval`. Without `Mail:Host` letters stay
/// queued (they go out once a server is configured) and the node says so once in its log.
/// </summary>
public sealed partial class OutboxSenderJob(IOptions<OutboxOptions> options, IOptions<MailOptions> mail, ILogger<OutboxSenderJob> logger) : IScheduledJob
{
    public const string JobName = "outbox-sender";

    private int _toldNotConfigured;

    public string Name => JobName;

    public JobSchedule Schedule => JobSchedule.Every(options.Value.SendInterval > TimeSpan.Zero ? options.Value.SendInterval : TimeSpan.FromSeconds(30));

    public async Task RunAsync(IServiceProvider scope, CancellationToken cancellationToken)
    {
        // Counted even without a server: a queue that only grows is what the metric is for.
        AntiCorTelemetry.RecordOutboxDepth(await OutboxQueue.WaitingAsync(scope.GetRequiredService<AppDbContext>(), cancellationToken));
        if (!mail.Value.IsConfigured)
        {
            if (Interlocked.Exchange(ref _toldNotConfigured, 1) == 0)
            {
                LogNotConfigured(logger);
            }

            return;
        }

        var run = await scope.GetRequiredService<OutboxSender>().SendDueAsync(cancellationToken);
        if (run.Sent + run.Failed > 0)
        {
            LogRun(logger, run.Sent, run.Failed, run.GivenUp);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Mail:Host is not configured: letters stay queued in the outbox and are not sent until it is")]
    private static partial void LogNotConfigured(ILogger logger);

    [LoggerMessage(Level = LogLevel.Information, Message = "Outbox: {Sent} letters sent, {Failed} failed ({GivenUp} given up)")]
    private static partial void LogRun(ILogger logger, int sent, int failed, int givenUp);
}
