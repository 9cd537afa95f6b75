using AntiCor.Core.Audit;
using AntiCor.Core.Audit.Keys;
using AntiCor.Core.Data;
using Microsoft.Extensions.Options;

namespace AntiCor.Web.Jobs;

/// <summary>`Audit:CheckpointInterval`: how often the chains' heads are published (hourly by default, so at most an hour of rows is unwitnessed).</summary>
public sealed class AuditCheckpointOptions
{
    public const string Section = "Audit";

    public TimeSpan CheckpointInterval { get; set; } = TimeSpan.FromHours(1);

    /// <summary>`Audit:WitnessEmails`: addresses that receive every published checkpoint, as witnesses outside the database.</summary>
    public IList<string> WitnessEmails { get; } = [];
}

/// <summary>
/// Publishes the head of every audit chain as a signed public checkpoint every interval, witnessed in the
/// data folder's witness file (and at the very first start
/// of a database). The lease runs it on one node; <see cref="CheckpointPublisher"/> still
/// serialises it against the CLI and the coordinator's button, and an unchanged head stores nothing.
/// </summary>
public sealed partial class AuditCheckpointJob(IOptions<AuditCheckpointOptions> options, TimeProvider time, ILogger<AuditCheckpointJob> logger) : IScheduledJob
{
    public const string JobName = "audit-checkpoint";

    public string Name => JobName;

    public JobSchedule Schedule => JobSchedule.Every(options.Value.CheckpointInterval);

    public async Task RunAsync(IServiceProvider scope, CancellationToken cancellationToken)
    {
        var checkpoints = await CheckpointPublisher.PublishAsync(
            scope.GetRequiredService<AppDbContext>(), time, scope.GetService<AuditKeys>(), scope.GetService<AuditWitness>(), cancellationToken);
        if (checkpoints.Count == 0)
        {
            LogEmptyChain(logger);
        }

        await WitnessMail.QueueAsync(scope, checkpoints, cancellationToken);

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
