namespace AntiCor.Web.Infrastructure.Caching;

/// <summary>
/// Passes a response through to the client and keeps a copy of up to <paramref name="maxBytes"/>:
/// the public cache policy decides whether an answer may be kept only once it is complete, so the
/// copy is taken for every plain anonymous read that missed (and dropped unless offered).
/// </summary>
internal sealed class FastLaneTee(Stream inner, int maxBytes) : Stream
{
    private MemoryStream? _copy;
    private bool _tooLarge;

    /// <summary>The whole body, when it fitted; otherwise null.</summary>
    public byte[]? Captured => _copy is { } copy && !_tooLarge ? copy.ToArray() : null;

    public override bool CanRead => false;
    public override bool CanSeek => false;
    public override bool CanWrite => true;
    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => throw new NotSupportedException();
        set => throw new NotSupportedException();
    }

    public override void Write(byte[] buffer, int offset, int count)
    {
        Keep(buffer.AsSpan(offset, count));
        inner.Write(buffer, offset, count);
    }

    public override async ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
    {
        Keep(buffer.Span);
        await inner.WriteAsync(buffer, cancellationToken);
    }

    public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        WriteAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override void Flush() => inner.Flush();

    public override Task FlushAsync(CancellationToken cancellationToken) => inner.FlushAsync(cancellationToken);

    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _copy?.Dispose();
        }

        base.Dispose(disposing);
    }

    private void Keep(ReadOnlySpan<byte> bytes)
    {
        if (_tooLarge)
        {
            return;
        }

        _copy ??= new MemoryStream();

        if (_copy.Length + bytes.Length > maxBytes)
        {
            _tooLarge = true;
            return;
        }

        _copy.Write(bytes);
    }
}
