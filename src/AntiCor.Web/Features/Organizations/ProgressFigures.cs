using System.Collections.Concurrent;
using AntiCor.Web.Infrastructure.Caching;

namespace AntiCor.Web.Features.Organizations;

/// <summary>One organisation's figures on the page of organisations side by side.</summary>
public sealed record OrganizationFigures(int Programmes, int Measures, int Counted, int DoneOrPartly, int Due, int OnTime);

/// <summary>
/// Each organisation's figures for the page of organisations side by side, kept in memory: the
/// page shows every organisation of the deployment, and reading all their reports on each visit
/// grew with the country. An organisation's figures are read again only after a change of its own
/// records committed (<see cref="OrganizationVersions"/>), on a new day (they count what fell due
/// before today), or after <see cref="MaxAge"/> (changes made by another process, such as an import
/// from the command line, that this one does not see).
/// </summary>
public sealed class ProgressFigures(OrganizationVersions versions, TimeProvider time)
{
    public static readonly TimeSpan MaxAge = TimeSpan.FromMinutes(10);

    private readonly ConcurrentDictionary<Guid, Kept> _kept = new();

    /// <summary>The figures kept for the organisation, or null with the version to note before reading them anew.</summary>
    public (OrganizationFigures? Figures, OrganizationVersion Version) Find(Guid organizationId, DateOnly today)
    {
        var version = versions.Of(organizationId);
        return _kept.TryGetValue(organizationId, out var kept) && kept.Version == version && kept.Today == today
            && time.GetUtcNow().UtcDateTime - kept.KeptUtc < MaxAge
            ? (kept.Figures, version)
            : (null, version);
    }

    /// <summary>Keeps figures read at <paramref name="version"/> (from <see cref="Find"/>); stale ones are never looked at again.</summary>
    public void Keep(Guid organizationId, OrganizationVersion version, DateOnly today, OrganizationFigures figures) =>
        _kept[organizationId] = new Kept(version, today, time.GetUtcNow().UtcDateTime, figures);

    private sealed record Kept(OrganizationVersion Version, DateOnly Today, DateTime KeptUtc, OrganizationFigures Figures);
}
