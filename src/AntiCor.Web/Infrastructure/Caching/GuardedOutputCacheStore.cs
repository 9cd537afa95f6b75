using System.Buffers;
using System.IO.Pipelines;
using Microsoft.AspNetCore.OutputCaching;

namespace AntiCor.Web.Infrastructure.Caching;

/// <summary>
/// The framework's in-memory output cache store, storing an entry only if no eviction happened
/// since its request started (<see cref="PublicCacheGate"/>); the generation tag itself is not kept.
/// Evictions reach the fast lane's store too (<see cref="PublicFastLane"/>).
/// </summary>
internal sealed class GuardedOutputCacheStore(IOutputCacheStore inner, PublicCacheGate gate, FastLaneStore fastLane) : IOutputCacheBufferStore
{
    /// <summary>Wraps the store AddOutputCache registered.</summary>
    public static void Decorate(IServiceCollection services)
    {
        var original = services.Last(d => d.ServiceType == typeof(IOutputCacheStore));
        services.Remove(original);
        services.AddSingleton<IOutputCacheStore>(provider => new GuardedOutputCacheStore(
            (IOutputCacheStore)(original.ImplementationInstance
                ?? original.ImplementationFactory?.Invoke(provider)
                ?? ActivatorUtilities.CreateInstance(provider, original.ImplementationType!)),
            provider.GetRequiredService<PublicCacheGate>(),
            provider.GetRequiredService<FastLaneStore>()));
    }

    public ValueTask EvictByTagAsync(string tag, CancellationToken cancellationToken)
    {
        fastLane.Evict(tag);
        return inner.EvictByTagAsync(tag, cancellationToken);
    }

    public ValueTask<byte[]?> GetAsync(string key, CancellationToken cancellationToken) => inner.GetAsync(key, cancellationToken);

    public ValueTask SetAsync(string key, byte[] value, string[]? tags, TimeSpan validFor, CancellationToken cancellationToken)
    {
        var (generation, kept) = Split(tags ?? []);
        return gate.StoreIfCurrentAsync(generation, () => inner.SetAsync(key, value, kept, validFor, cancellationToken), cancellationToken);
    }

    public ValueTask<bool> TryGetAsync(string key, PipeWriter destination, CancellationToken cancellationToken) => inner is IOutputCacheBufferStore buffers
        ? buffers.TryGetAsync(key, destination, cancellationToken)
        : CopyAsync(key, destination, cancellationToken);

    public ValueTask SetAsync(string key, ReadOnlySequence<byte> value, ReadOnlyMemory<string> tags, TimeSpan validFor, CancellationToken cancellationToken)
    {
        var (generation, kept) = Split(tags.ToArray());
        return gate.StoreIfCurrentAsync(
            generation,
            () => inner is IOutputCacheBufferStore buffers
                ? buffers.SetAsync(key, value, kept, validFor, cancellationToken)
                : inner.SetAsync(key, value.ToArray(), kept, validFor, cancellationToken),
            cancellationToken);
    }

    private async ValueTask<bool> CopyAsync(string key, PipeWriter destination, CancellationToken cancellationToken)
    {
        if (await inner.GetAsync(key, cancellationToken) is not { } bytes)
        {
            return false;
        }

        await destination.WriteAsync(bytes, cancellationToken);
        return true;
    }

    private static (string? Generation, string[] Kept) Split(string[] tags) =>
        (tags.FirstOrDefault(PublicCacheGate.IsGenerationTag), tags.Where(t => !PublicCacheGate.IsGenerationTag(t)).ToArray());
}
