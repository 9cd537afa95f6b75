namespace AntiCor.Core.Audit;

/// <summary>The outcome of walking the chain: how many rows held, and the first that did not.</summary>
public sealed record AuditVerification(long Verified, long? BrokenAt, string? Reason)
{
    /// <summary>The chain verified (or the first that broke): an organisation's id, or the deployment's chain.</summary>
    public Guid Chain { get; init; }

    public bool IsIntact => BrokenAt is null;
}

/// <summary>A published chain head: after <see cref="Count"/> rows, the last hash was <see cref="HeadHash"/>.</summary>
public sealed record AuditCheckpointData(long Count, string HeadHash, DateTime AtUtc, Guid ChainId = default)
{
    /// <summary>The deployment's ECDSA signature of the published form (base64), when it was signed.</summary>
    public string? Signature { get; init; }
}

/// <summary>
/// Recomputes the chain row by row. A rewritten row breaks its own hash; a re-hashed history
/// still fails against any checkpoint saved before the rewrite. With the chain key, a row whose
/// MAC is wrong was not written by the application; a missing MAC is legacy only before the
/// chain's first keyed row, since after it the application always writes one.
/// </summary>
public static class AuditChainVerifier
{
    public const string Forged = "запис підроблено: код автентичності не збігається";

    public static AuditVerification Verify(
        IEnumerable<AuditEntry> inSequence, IReadOnlyCollection<AuditCheckpointData>? checkpoints = null, Keys.AuditChainKey? key = null)
    {
        var expectedPrevious = AuditEntry.GenesisHash;
        long count = 0;
        var keyed = false;
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

            // A missing MAC after a keyed row is caught even without the key.
            if ((entry.Mac is null && keyed) || (entry.Mac is not null && key is not null && !key.Verifies(entry.Hash, entry.Mac)))
            {
                return new AuditVerification(count, entry.Sequence, Forged);
            }

            keyed |= entry.Mac is not null;
            if (heads.TryGetValue(entry.Sequence, out var published) && published != entry.Hash)
            {
                return new AuditVerification(count, entry.Sequence, "ланцюжок переписано: хеш не збігається з опублікованою контрольною точкою");
            }

            expectedPrevious = entry.Hash;
            count++;
        }

        var beyond = heads.Keys.Where(k => k > count).Order().FirstOrDefault();
        return beyond > 0
            ? new AuditVerification(count, count + 1, $"записи видалено: контрольна точка засвідчила {beyond} записів, а в журналі лише {count}")
            : new AuditVerification(count, null, null);
    }
}
