using AntiCor.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace AntiCor.Core.Audit;

/// <summary>Reads the stored chain: verifies it, and publishes its head as a checkpoint.</summary>
public sealed class AuditTrail(AppDbContext db, TimeProvider time)
{
    /// <summary>Walks every row in order (streamed, so the chain may be long) and checks it against the checkpoints given.</summary>
    public Task<AuditVerification> VerifyAsync(IReadOnlyCollection<AuditCheckpointData>? checkpoints = null, CancellationToken cancellationToken = default) =>
        Task.Run(
            () => AuditChainVerifier.Verify(db.AuditEntries.AsNoTracking().OrderBy(a => a.Sequence).AsEnumerable(), checkpoints),
            cancellationToken);

    /// <summary>Records the current head (row count and last hash) as a public checkpoint; none for an empty chain.</summary>
    public async Task<AuditCheckpoint?> PublishCheckpointAsync(CancellationToken cancellationToken = default)
    {
        var head = await db.AuditEntries.AsNoTracking().OrderByDescending(a => a.Sequence)
            .Select(a => new { a.Sequence, a.Hash }).FirstOrDefaultAsync(cancellationToken);
        if (head is null)
        {
            return null;
        }

        var last = await db.AuditCheckpoints.AsNoTracking().OrderByDescending(c => c.Count).FirstOrDefaultAsync(cancellationToken);
        if (last?.Count == head.Sequence)
        {
            return last;
        }

        var checkpoint = new AuditCheckpoint(head.Sequence, head.Hash, time.GetUtcNow().UtcDateTime);
        db.AuditCheckpoints.Add(checkpoint);
        await db.SaveChangesAsync(cancellationToken);
        return checkpoint;
    }

    public async Task<IReadOnlyList<AuditCheckpointData>> CheckpointsAsync(CancellationToken cancellationToken = default) =>
        await db.AuditCheckpoints.AsNoTracking().OrderBy(c => c.Count)
            .Select(c => new AuditCheckpointData(c.Count, c.HeadHash, c.AtUtc)).ToListAsync(cancellationToken);
}
