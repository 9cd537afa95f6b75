using AntiCor.Core.IO;

namespace AntiCor.Web.Infrastructure.Caching;

/// <summary>
/// Passes a response through to the client and keeps a copy of up to <paramref name="maxBytes"/>:
/// the public cache policy decides whether an answer may be kept only once it is complete, so the
/// copy is taken for every plain anonymous read that missed (and dropped unless offered).
/// </summary>
internal sealed class FastLaneTee(Stream inner, int maxBytes) : WriteThroughStream(inner)
{
    private readonly MemoryStream _copy = new();
    private bool _tooLarge;

    /// <summary>The whole body, when there was one and it fitted; otherwise null.</summary>
    public byte[]? Captured => _tooLarge || _copy.Length == 0 ? null : _copy.ToArray();

    protected override void Observe(ReadOnlySpan<byte> bytes)
    {
        if (_tooLarge || _copy.Length + bytes.Length > maxBytes)
        {
            _tooLarge = true;
            return;
        }

        _copy.Write(bytes);
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _copy.Dispose();
        }

        base.Dispose(disposing);
    }
}
