using System.Diagnostics;
using System.Globalization;
using AntiCor.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace AntiCor.Web.Jobs;

/// <summary>
/// Leases held by a node of this machine that is no longer running. A node killed mid-run (a crash,
/// SIGKILL, a power cut) cannot release its lease, and the job would wait out the whole lease
/// (`Jobs:LeaseDuration`, 10 minutes) — the outbox silent, reminders late. A lease's owner names
/// the machine, the process id and the node's instance tag, so a node can tell its own machine's
/// dead: the process is gone, or the process id is its own (a restarted container's process 1)
/// under a tag no node of this process has. Leases of other machines are left to expire: their
/// processes cannot be seen.
/// </summary>
internal static class DeadLeases
{
    // The nodes started in this process (tests run several hosts in one): their leases are alive.
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, bool> LiveTags = new(StringComparer.Ordinal);

    /// <summary>Called by each node of this process as it is made; returns its name.</summary>
    public static string Started(string node)
    {
        if (Parse(node + "/-") is { } self)
        {
            LiveTags[self.Tag] = true;
        }

        return node;
    }

    public static async Task<IReadOnlyList<string>> ReleaseAsync(AppDbContext db, string node, CancellationToken cancellationToken)
    {
        var held = await db.JobLeases.AsNoTracking().Where(j => j.LeaseOwner != null)
            .Select(j => new { j.Name, Owner = j.LeaseOwner! }).ToListAsync(cancellationToken);
        var released = new List<string>();
        foreach (var lease in held.Where(l => IsDead(l.Owner, node)))
        {
            var owner = lease.Owner;
            var rows = await db.JobLeases.Where(j => j.Name == lease.Name && j.LeaseOwner == owner)
                .ExecuteUpdateAsync(s => s.SetProperty(j => j.LeaseOwner, (string?)null).SetProperty(j => j.LeaseUntilUtc, (DateTime?)null), cancellationToken);
            if (rows == 1)
            {
                released.Add(lease.Name);
            }
        }

        return released;
    }

    /// <summary>Owner "machine/pid/tag/claim" (see <see cref="JobRunner.Node"/>) against this node's "machine/pid/tag".</summary>
    private static bool IsDead(string owner, string node)
    {
        if (Parse(owner) is not { } holder || Parse(node + "/-") is not { } self || holder.Machine != self.Machine)
        {
            return false;
        }

        if (holder.Pid == self.Pid)
        {
            return !LiveTags.ContainsKey(holder.Tag);
        }

        return !IsRunning(holder.Pid);
    }

    private static (string Machine, int Pid, string Tag)? Parse(string owner)
    {
        var parts = owner.Split('/');
        return parts.Length >= 4 && int.TryParse(parts[^3], NumberStyles.None, CultureInfo.InvariantCulture, out var pid)
            ? (string.Join('/', parts[..^3]), pid, parts[^2])
            : null;
    }

    private static bool IsRunning(int pid)
    {
        try
        {
            using var process = Process.GetProcessById(pid);
            return !process.HasExited;
        }
        catch (ArgumentException)
        {
            return false;
        }
        catch (InvalidOperationException)
        {
            return false;
        }
    }
}
