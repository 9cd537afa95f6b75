namespace AntiCor.Core.Audit;

/// <summary>The outcome of walking the chain: how many rows held, and the first that did not.</summary>
public sealed record AuditVerification(long Verified, long? BrokenAt, string? Reason)
{
    /// <summary>The chain verified (or the first that broke): an organisation's id, or the deployment's chain.</summary>
    public Guid Chain { get; init; }

    public bool IsIntact => BrokenAt is null;
}

/// <summary>A published chain head: after <see cref="Count"/> rows, the last hash was <see cref="HeadHash"/>.</summary>
public sealed record AuditCheckpointData(long Count, string HeadHash, DateTime AtUtc, Guid ChainId = default);

/// <summary>
/// Recomputes the chain row by row. A rewritten row breaks its own hash; a re-hashed history
/// still fails against any checkpoint saved before the rewrite.
/// </summary>
public static class AuditChainVerifier
{
    public static AuditVerification Verify(IEnumerable<AuditEntry> inSequence, IReadOnlyCollection<AuditCheckpointData>? checkpoints = null)
    {
        var expectedPrevious = AuditEntry.GenesisHash;
        long count = 0;
        var heads = checkpoints?.ToDictionary(c => c.Count, c => c.HeadHash) ?? [];
        foreach (var entry in inSequence)
        {
            var expectedSequence = count + 1;
            if (entry.Sequence != expectedSequence)
            {
                return new AuditVerification(count, expectedSequence, $"бракує запису № {expectedSequence} (далі йде № {entry.Sequence})");
            }

            if (entry.PreviousHash != expectedPrevious)
            {
                return new AuditVerification(count, entry.Sequence, "посилання на попередній запис не збігається");
            }

            if (AuditHasher.Hash(entry) != entry.Hash)
            {
                return new AuditVerification(count, entry.Sequence, "вміст запису змінено: хеш не збігається");
            }

            if (heads.TryGetValue(entry.Sequence, out var published) && published != entry.Hash)
            {
                return new AuditVerification(count, entry.Sequence, "ланцюжок переписано: хеш не збігається з опублікованою контрольною точкою");
            }

            expectedPrevious = entry.Hash;
            count++;
        }

        var beyond = heads.Keys.Where(k => k > count).Order().FirstOrDefault();
        return beyond > 0
            ? new AuditVerification(count, count + 1, $"контрольна точка на {beyond} записів, а в журналі лише {count}: записи видалено")
            : new AuditVerification(count, null, null);
    }
}
