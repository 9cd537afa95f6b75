namespace AntiCor.Core.Audit;

/// <summary>A published head of the audit chain: its row count and last hash at a moment.</summary>
public sealed class AuditCheckpoint
{
    private AuditCheckpoint() { }

    public AuditCheckpoint(long count, string headHash, DateTime atUtc)
        : this(AuditEntry.SystemChain, count, headHash, atUtc)
    {
    }

    public AuditCheckpoint(Guid chainId, long count, string headHash, DateTime atUtc)
    {
        Id = Guid.CreateVersion7();
        ChainId = chainId;
        Count = count;
        HeadHash = headHash;
        AtUtc = AuditHasher.Truncate(atUtc);
    }

    public Guid Id { get; private set; }
    public Guid ChainId { get; private set; }
    public long Count { get; private set; }
    public string HeadHash { get; private set; } = "";
    public DateTime AtUtc { get; private set; }

    /// <summary>ECDSA P-256 signature (base64) of the published form; null on checkpoints stored before they were signed.</summary>
    public string? Signature { get; private set; }

    public AuditCheckpointData ToData() => new(Count, HeadHash, AtUtc, ChainId) { Signature = Signature };

    internal void Sign(Keys.AuditSigningKey key) => Signature = key.Sign(Keys.CheckpointSignature.Content(CheckpointJson.ToPublished(ToData())));
}
