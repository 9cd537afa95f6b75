using AntiCor.Core.Audit;
using AntiCor.Core.Data;
using Microsoft.Extensions.Options;

namespace AntiCor.Web.Jobs;

/// <summary>`Audit:CheckpointHour`: the hour on Kyiv's clock (0-23) at which the chain's head is published each day.</summary>
public sealed class AuditCheckpointOptions
{
    public const string Section = "Audit";

    public int CheckpointHour { get; set; } = 3;
}

/// <summary>
/// Publishes the head of every audit chain as a public checkpoint once a day (and at the very first start
/// of a database). The lease runs it on one node; <see cref="CheckpointPublisher"/> still
/// serialises it against the CLI and the coordinator's button, and an unchanged head stores nothing.
/// </summary>
public sealed partial class AuditCheckpointJob(IOptions<AuditCheckpointOptions> options, TimeProvider time, ILogger<AuditCheckpointJob> logger) : IScheduledJob
{
    public const string JobName = "audit-checkpoint";

    public string Name => JobName;

    public JobSchedule Schedule => JobSchedule.DailyAtKyivHour(options.Value.CheckpointHour);

    public async Task RunAsync(IServiceProvider scope, CancellationToken cancellationToken)
    {
        var checkpoints = await CheckpointPublisher.PublishAsync(scope.GetRequiredService<AppDbContext>(), time, cancellationToken);
        if (checkpoints.Count == 0)
        {
            LogEmptyChain(logger);
        }

        foreach (var checkpoint in checkpoints)
        {
            LogPublished(logger, checkpoint.ChainId, checkpoint.Count, checkpoint.HeadHash);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Audit checkpoint of chain {Chain}: {Count} rows, head {HeadHash}")]
    private static partial void LogPublished(ILogger logger, Guid chain, long count, string headHash);

    [LoggerMessage(Level = LogLevel.Information, Message = "Audit checkpoint skipped: the audit trail is empty")]
    private static partial void LogEmptyChain(ILogger logger);
}
