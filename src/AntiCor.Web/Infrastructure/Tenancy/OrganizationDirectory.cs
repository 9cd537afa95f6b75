using System.Collections.Concurrent;
using AntiCor.Web.Infrastructure.Caching;

namespace AntiCor.Web.Infrastructure.Tenancy;

/// <summary>
/// The organisations that public addresses name, by slug, kept in memory: every public request
/// names one, and asking the database each time cost more than serving the cached page. An answer
/// is kept only for the eviction generation it was read in (<see cref="PublicCacheGate"/>: any
/// committed change starts a new one), and at most <see cref="MaxAge"/>, for changes made by
/// another process (the command line) that this one does not see. Unknown slugs are not kept.
/// </summary>
public sealed class OrganizationDirectory(PublicCacheGate gate, TimeProvider time)
{
    public static readonly TimeSpan MaxAge = TimeSpan.FromMinutes(1);

    private volatile Snapshot _snapshot = new("", DateTime.MinValue, new(StringComparer.Ordinal));

    public async ValueTask<OrganizationContext?> FindAsync(string slug, Func<string, Task<OrganizationContext?>> read)
    {
        var generation = gate.GenerationTag();
        var snapshot = _snapshot;
        var now = time.GetUtcNow().UtcDateTime;
        if (snapshot.Generation == generation && now - snapshot.StartedUtc < MaxAge && snapshot.BySlug.TryGetValue(slug, out var known))
        {
            return known;
        }

        var found = await read(slug);
        if (found is not null)
        {
            Remember(generation, now, slug, found);
        }

        return found;
    }

    // Stored under the generation the read started in: if a change committed meanwhile, the
    // snapshot is already stale and no reader of the new generation will look into it.
    private void Remember(string generation, DateTime now, string slug, OrganizationContext organization)
    {
        if (gate.GenerationTag() != generation)
        {
            return;
        }

        var snapshot = _snapshot;
        if (snapshot.Generation != generation || now - snapshot.StartedUtc >= MaxAge)
        {
            snapshot = new Snapshot(generation, now, new(StringComparer.Ordinal));
            _snapshot = snapshot;
        }

        snapshot.BySlug[slug] = organization;
    }

    private sealed record Snapshot(string Generation, DateTime StartedUtc, ConcurrentDictionary<string, OrganizationContext> BySlug);
}
