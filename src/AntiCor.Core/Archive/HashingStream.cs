using System.Security.Cryptography;
using AntiCor.Core.IO;

namespace AntiCor.Core.Archive;

/// <summary>A write-only stream that hashes and counts what passes through it on the way into a zip entry.</summary>
internal sealed class HashingStream(Stream inner) : WriteThroughStream(inner)
{
    private readonly IncrementalHash _hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);

    public long Written { get; private set; }

    public string Sha256() => Convert.ToHexStringLower(_hash.GetHashAndReset());

    public override long Length => Written;
    public override long Position { get => Written; set => throw new NotSupportedException(); }

    protected override void Observe(ReadOnlySpan<byte> bytes)
    {
        _hash.AppendData(bytes);
        Written += bytes.Length;
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _hash.Dispose();
        }

        base.Dispose(disposing);
    }
}
