namespace AntiCor.Core.Audit;

/// <summary>The last row of an audit chain: the next row takes the sequence after it and chains to its hash.</summary>
internal sealed record ChainHead(long Sequence, string Hash);
