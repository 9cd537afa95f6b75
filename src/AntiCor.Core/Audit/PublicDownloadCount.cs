namespace AntiCor.Core.Audit;

/// <summary>
/// How many times an item was downloaded anonymously on one Kyiv day, in one format. Public
/// downloads are counted here, not chained in the audit trail: anyone may make them, and a
/// hash-chained row each would let anyone flood the trail auditors read.
/// </summary>
public sealed class PublicDownloadCount
{
    private PublicDownloadCount() { }

    public DateOnly Day { get; private set; }

    /// <summary>"Programme", "Report"… the kind of item, as the audit trail names entities.</summary>
    public string Entity { get; private set; } = "";
    public string EntityId { get; private set; } = "";
    public string Format { get; private set; } = "";
    public long Count { get; private set; }
}
