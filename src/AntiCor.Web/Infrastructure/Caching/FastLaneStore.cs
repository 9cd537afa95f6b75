using System.Collections.Concurrent;

namespace AntiCor.Web.Infrastructure.Caching;

/// <summary>A public 200 as the app sent it: its headers, its body in one buffer, the tags that evict it, when it was kept (ms ticks).</summary>
internal sealed record FastLaneEntry(KeyValuePair<string, string?[]>[] Headers, byte[] Body, string[] Tags, long StoredAtTicks, long ExpiresAtTicks);

/// <summary>
/// The answers <see cref="PublicFastLane"/> replays, each under the address and language it
/// answered. Evicted with the output cache (<see cref="GuardedOutputCacheStore"/> passes every
/// eviction on), expired with it, and bounded in bytes: a full store takes no new entry until
/// evictions or expiry make room, and its readers then go the ordinary way through the output cache.
/// </summary>
internal sealed class FastLaneStore
{
    /// <summary>Public pages are 40-65 KB: a few thousand of them, beside the output cache's own 100 MB.</summary>
    public const long MaxBytes = 64L * 1024 * 1024;

    private readonly ConcurrentDictionary<string, FastLaneEntry> _entries = new(StringComparer.Ordinal);
    private long _bytes;
    private long _hits;

    /// <summary>Answers replayed so far (for tests and telemetry).</summary>
    public long Hits => Interlocked.Read(ref _hits);

    public int Count => _entries.Count;

    public bool TryGet(string key, out FastLaneEntry entry)
    {
        if (_entries.TryGetValue(key, out var found))
        {
            if (found.ExpiresAtTicks > Environment.TickCount64)
            {
                Interlocked.Increment(ref _hits);
                entry = found;
                return true;
            }

            Remove(key, found);
        }

        entry = null!;
        return false;
    }

    public void Add(string key, FastLaneEntry entry)
    {
        if (Interlocked.Read(ref _bytes) + entry.Body.Length > MaxBytes)
        {
            return;
        }

        _entries.AddOrUpdate(
            key,
            _ =>
            {
                Interlocked.Add(ref _bytes, entry.Body.Length);
                return entry;
            },
            (_, old) =>
            {
                Interlocked.Add(ref _bytes, entry.Body.Length - old.Body.Length);
                return entry;
            });
    }

    /// <summary>
    /// Drops every entry carrying <paramref name="tag"/>. A scan: the store holds at most a few
    /// thousand entries and evictions come with saves, far less often than reads.
    /// </summary>
    public void Evict(string tag)
    {
        foreach (var (key, entry) in _entries)
        {
            if (Array.IndexOf(entry.Tags, tag) >= 0)
            {
                Remove(key, entry);
            }
        }
    }

    private void Remove(string key, FastLaneEntry entry)
    {
        if (_entries.TryRemove(new KeyValuePair<string, FastLaneEntry>(key, entry)))
        {
            Interlocked.Add(ref _bytes, -entry.Body.Length);
        }
    }
}
