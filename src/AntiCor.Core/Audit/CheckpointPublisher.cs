using AntiCor.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace AntiCor.Core.Audit;

/// <summary>
/// Publishes the chain's head so that several nodes (or a node and the CLI) doing it at the
/// same moment store one checkpoint, not two: the read of the last checkpoint and the insert
/// run in one transaction, serialised by an advisory lock on PostgreSQL and by SQLite's
/// immediate write transaction. Publishing an unchanged head stores nothing.
/// </summary>
public static class CheckpointPublisher
{
    private const long LockKey = 74170002;

    public static async Task<IReadOnlyList<AuditCheckpoint>> PublishAsync(
        AppDbContext db, TimeProvider time, Keys.AuditKeys? keys = null, Keys.AuditWitness? witness = null, CancellationToken cancellationToken = default)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        if (db.Database.IsNpgsql())
        {
            await db.Database.ExecuteSqlRawAsync($"SELECT pg_advisory_xact_lock({LockKey})", cancellationToken);
        }

        var checkpoints = await new AuditTrail(db, time, keys).PublishCheckpointsAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);

        // After the commit: a witness line never names a checkpoint the database rolled back.
        witness?.Append(checkpoints.Select(c => c.ToData()));
        return checkpoints;
    }

    /// <summary>The newest checkpoint, or null before the first.</summary>
    public static Task<AuditCheckpointData?> LatestAsync(AppDbContext db, CancellationToken cancellationToken = default) =>
        db.AuditCheckpoints.AsNoTracking().OrderByDescending(c => c.AtUtc).ThenByDescending(c => c.Count)
            .Select(c => new AuditCheckpointData(c.Count, c.HeadHash, c.AtUtc, c.ChainId)).FirstOrDefaultAsync(cancellationToken);
}
