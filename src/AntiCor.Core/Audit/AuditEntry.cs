namespace AntiCor.Core.Audit;

/// <summary>
/// One row of the append-only audit trail. Each row's <see cref="Hash"/> covers the previous
/// row's hash and its own content, so changing or removing any row breaks every hash after it.
/// </summary>
public sealed class AuditEntry
{
    public const string GenesisHash = "0000000000000000000000000000000000000000000000000000000000000000";

    private AuditEntry() { }

    internal AuditEntry(long sequence, AuditEvent e, DateTime atUtc, IAuditActor actor, string previousHash)
        : this(SystemChain, sequence, e, atUtc, actor, previousHash)
    {
    }

    internal AuditEntry(Guid chainId, long sequence, AuditEvent e, DateTime atUtc, IAuditActor actor, string previousHash)
    {
        ChainId = chainId;
        Sequence = sequence;
        AtUtc = AuditHasher.Truncate(atUtc);
        ActorId = actor.UserId;
        ActorName = actor.Name;
        Ip = actor.Ip;
        Action = e.Action;
        EntityType = e.EntityType;
        EntityId = e.EntityId;
        Changes = e.Changes;
        PreviousHash = previousHash;
        Hash = AuditHasher.Hash(this);
    }

    /// <summary>The deployment's own chain: events of no organisation, and every row written before chains were per organisation.</summary>
    public static readonly Guid SystemChain = Guid.Empty;

    /// <summary>The organisation whose chain this row belongs to, or <see cref="SystemChain"/>.</summary>
    public Guid ChainId { get; private set; }

    /// <summary>Position in the chain, from 1; with the chain, the key, so a chain cannot fork.</summary>
    public long Sequence { get; private set; }

    public DateTime AtUtc { get; private set; }
    public string? ActorId { get; private set; }
    public string ActorName { get; private set; } = "";
    public string Action { get; private set; } = "";
    public string? EntityType { get; private set; }
    public string? EntityId { get; private set; }

    /// <summary>Changed fields as JSON: {"Field": {"from": …, "to": …}}.</summary>
    public string? Changes { get; private set; }

    public string? Ip { get; private set; }
    public string PreviousHash { get; private set; } = "";
    public string Hash { get; private set; } = "";

    /// <summary>
    /// HMAC-SHA256 of <see cref="Hash"/> under the chain key kept outside the database; null only on
    /// rows written before the deployment had a key (legacy, guarded by checkpoints alone).
    /// </summary>
    public string? Mac { get; private set; }

    internal void Authenticate(Keys.AuditChainKey key) => Mac = key.Mac(Hash);
}
