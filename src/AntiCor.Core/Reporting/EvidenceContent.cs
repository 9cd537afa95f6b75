namespace AntiCor.Core.Reporting;

/// <summary>
/// The bytes of an evidence file, stored once by SHA-256. In the database by default (so every
/// node and every backup holds them); <see cref="Bytes"/> is null where configuration keeps files
/// in a folder, named by the hash.
/// </summary>
public sealed class EvidenceContent
{
    private EvidenceContent() { }

    public EvidenceContent(string sha256, string mediaType, long size, byte[]? bytes, DateTime storedAtUtc)
    {
        Sha256 = sha256;
        MediaType = mediaType;
        Size = size;
        Bytes = bytes;
        StoredAtUtc = storedAtUtc;
    }

    public string Sha256 { get; private set; } = "";
    public string MediaType { get; private set; } = "";
    public long Size { get; private set; }
    public byte[]? Bytes { get; private set; }
    public DateTime StoredAtUtc { get; private set; }
}
