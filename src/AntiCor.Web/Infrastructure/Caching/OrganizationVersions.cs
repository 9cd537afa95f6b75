using System.Collections.Concurrent;

namespace AntiCor.Web.Infrastructure.Caching;

/// <summary>
/// A counter per organisation that moves once a change of its records has committed (moved by
/// <see cref="PublicCacheEviction"/>, with the public cache's eviction), and one for the whole
/// deployment. Figures kept in memory remember the version they were read at and are used only
/// while it has not moved: a reading started before a commit is never taken for the state after it.
/// </summary>
public sealed class OrganizationVersions
{
    private readonly ConcurrentDictionary<Guid, long> _versions = new();
    private long _everything;

    /// <summary>The version to note before reading an organisation's records.</summary>
    public OrganizationVersion Of(Guid organizationId) =>
        new(Interlocked.Read(ref _everything), _versions.GetValueOrDefault(organizationId));

    public void Moved(Guid organizationId) => _versions.AddOrUpdate(organizationId, 1, (_, v) => v + 1);

    /// <summary>A change that could not be placed in one organisation: every organisation's figures are stale.</summary>
    public void EverythingMoved() => Interlocked.Increment(ref _everything);
}

/// <summary>An organisation's version as of one moment: the deployment's counter and its own.</summary>
public readonly record struct OrganizationVersion(long Everything, long Organization);
