namespace AntiCor.Web.Infrastructure.Caching;

/// <summary>
/// Counts evictions. A request notes the count when it starts; its response is stored only while
/// the count is unchanged, checked and stored under the same lock that an eviction takes to
/// count itself. So a response read from the database before a change committed either is stored
/// before the eviction (which then removes it) or is refused.
/// </summary>
public sealed class PublicCacheGate
{
    private const string Prefix = "generation:";
    private readonly SemaphoreSlim _lock = new(1, 1);
    private long _generation;

    public string GenerationTag() => Prefix + Interlocked.Read(ref _generation).ToString(System.Globalization.CultureInfo.InvariantCulture);

    public static bool IsGenerationTag(string tag) => tag.StartsWith(Prefix, StringComparison.Ordinal);

    public async Task NextGenerationAsync(CancellationToken cancellationToken)
    {
        await _lock.WaitAsync(cancellationToken);
        try
        {
            Interlocked.Increment(ref _generation);
        }
        finally
        {
            _lock.Release();
        }
    }

    /// <summary>Runs <paramref name="store"/> only if no eviction happened since <paramref name="generationTag"/> was taken.</summary>
    public async ValueTask StoreIfCurrentAsync(string? generationTag, Func<ValueTask> store, CancellationToken cancellationToken)
    {
        await _lock.WaitAsync(cancellationToken);
        try
        {
            if (generationTag is null || generationTag == GenerationTag())
            {
                await store();
            }
        }
        finally
        {
            _lock.Release();
        }
    }
}
