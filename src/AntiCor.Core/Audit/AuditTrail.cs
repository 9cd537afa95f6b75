using AntiCor.Core.Audit.Keys;
using AntiCor.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace AntiCor.Core.Audit;

/// <summary>Reads the stored chains (one per organisation, one for the deployment): verifies them, and publishes their heads as checkpoints.</summary>
/// <remarks>With the keys, rows' MACs are checked and new checkpoints signed; without them only the plain hash chain is.</remarks>
public sealed class AuditTrail(AppDbContext db, TimeProvider time, AuditKeys? keys = null)
{
    /// <summary>Every chain that has rows or a published checkpoint, the deployment's first.</summary>
    public async Task<IReadOnlyList<Guid>> ChainsAsync(CancellationToken cancellationToken = default)
    {
        var withRows = await db.AuditEntries.AsNoTracking().Select(a => a.ChainId).Distinct().ToListAsync(cancellationToken);
        var withCheckpoints = await db.AuditCheckpoints.AsNoTracking().Select(c => c.ChainId).Distinct().ToListAsync(cancellationToken);
        return [.. withRows.Union(withCheckpoints).Order()];
    }

    /// <summary>
    /// Walks every chain in order (streamed, so a chain may be long), each against the checkpoints
    /// of that chain. Intact: the count of all rows. Broken: the first break found, with the count
    /// of sound rows before it in its own chain.
    /// </summary>
    public async Task<AuditVerification> VerifyAsync(IReadOnlyCollection<AuditCheckpointData>? checkpoints = null, CancellationToken cancellationToken = default)
    {
        long verified = 0;
        var chains = (await ChainsAsync(cancellationToken)).Union(checkpoints?.Select(c => c.ChainId) ?? []).Distinct().Order();
        foreach (var chain in chains)
        {
            var result = await VerifyChainAsync(chain, checkpoints?.Where(c => c.ChainId == chain).ToList(), cancellationToken);
            if (!result.IsIntact)
            {
                return result;
            }

            verified += result.Verified;
        }

        return new AuditVerification(verified, null, null);
    }

    /// <summary>One chain against its checkpoints.</summary>
    public Task<AuditVerification> VerifyChainAsync(Guid chain, IReadOnlyCollection<AuditCheckpointData>? checkpoints = null, CancellationToken cancellationToken = default) =>
        Task.Run(
            () => AuditChainVerifier.Verify(
                db.AuditEntries.AsNoTracking().Where(a => a.ChainId == chain).OrderBy(a => a.Sequence).AsEnumerable(), checkpoints, keys?.Chain) with { Chain = chain },
            cancellationToken);

    /// <summary>Records the current head of every chain as a public checkpoint; an unchanged head stores nothing.</summary>
    public async Task<IReadOnlyList<AuditCheckpoint>> PublishCheckpointsAsync(CancellationToken cancellationToken = default)
    {
        var published = new List<AuditCheckpoint>();
        foreach (var chain in await ChainsAsync(cancellationToken))
        {
            if (await PublishCheckpointAsync(chain, cancellationToken) is { } checkpoint)
            {
                published.Add(checkpoint);
            }
        }

        return published;
    }

    /// <summary>Records one chain's head (row count and last hash) as a public checkpoint; none for an empty chain.</summary>
    public async Task<AuditCheckpoint?> PublishCheckpointAsync(Guid chain, CancellationToken cancellationToken = default)
    {
        var head = await db.AuditEntries.AsNoTracking().Where(a => a.ChainId == chain).OrderByDescending(a => a.Sequence)
            .Select(a => new { a.Sequence, a.Hash }).FirstOrDefaultAsync(cancellationToken);
        if (head is null)
        {
            return null;
        }

        var last = await db.AuditCheckpoints.AsNoTracking().Where(c => c.ChainId == chain).OrderByDescending(c => c.Count).FirstOrDefaultAsync(cancellationToken);
        if (last?.Count == head.Sequence)
        {
            return last;
        }

        var checkpoint = new AuditCheckpoint(chain, head.Sequence, head.Hash, time.GetUtcNow().UtcDateTime);
        if (keys is not null)
        {
            checkpoint.Sign(keys.Signing);
        }

        db.AuditCheckpoints.Add(checkpoint);
        await db.SaveChangesAsync(cancellationToken);
        return checkpoint;
    }

    public async Task<IReadOnlyList<AuditCheckpointData>> CheckpointsAsync(CancellationToken cancellationToken = default) =>
        await db.AuditCheckpoints.AsNoTracking().OrderBy(c => c.ChainId).ThenBy(c => c.Count)
            .Select(c => new AuditCheckpointData(c.Count, c.HeadHash, c.AtUtc, c.ChainId) { Signature = c.Signature }).ToListAsync(cancellationToken);
}
