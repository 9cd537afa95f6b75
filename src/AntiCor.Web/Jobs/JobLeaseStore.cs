using AntiCor.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace AntiCor.Web.Jobs;

/// <summary>
/// The lease table's statements. Each is a single statement that the database applies
/// atomically, the same SQL on SQLite and PostgreSQL: whichever node's UPDATE matches the row
/// first holds the job; the others see no row affected.
/// </summary>
internal static class JobLeaseStore
{
    /// <summary>Creates the job's row, due at once, unless a node already did.</summary>
    public static Task EnsureAsync(AppDbContext db, string name, DateTime nowUtc, CancellationToken cancellationToken) =>
        db.Database.ExecuteSqlAsync(
            $"""INSERT INTO "JobLeases" ("Name", "NextRunUtc") VALUES ({name}, {nowUtc}) ON CONFLICT ("Name") DO NOTHING""",
            cancellationToken);

    /// <summary>True when this claim took the job: it was due and nobody held an unexpired lease.</summary>
    public static async Task<bool> TryClaimAsync(AppDbContext db, string name, string claim, DateTime nowUtc, DateTime leaseUntilUtc, CancellationToken cancellationToken) =>
        await db.JobLeases
            .Where(j => j.Name == name && j.NextRunUtc <= nowUtc && (j.LeaseUntilUtc == null || j.LeaseUntilUtc < nowUtc))
            .ExecuteUpdateAsync(
                s => s.SetProperty(j => j.LeaseOwner, claim)
                    .SetProperty(j => j.LeaseUntilUtc, leaseUntilUtc)
                    .SetProperty(j => j.LastStartedUtc, nowUtc),
                cancellationToken) == 1;

    /// <summary>
    /// Ends the claim and sets the next run. Matches only the claim's own lease: if it expired and
    /// another node took the job over, that node's lease is left alone.
    /// </summary>
    public static Task<int> ReleaseAsync(AppDbContext db, string name, string claim, DateTime nextRunUtc, DateTime finishedUtc, string? error, CancellationToken cancellationToken) =>
        db.JobLeases
            .Where(j => j.Name == name && j.LeaseOwner == claim)
            .ExecuteUpdateAsync(
                s => s.SetProperty(j => j.NextRunUtc, nextRunUtc)
                    .SetProperty(j => j.LeaseOwner, (string?)null)
                    .SetProperty(j => j.LeaseUntilUtc, (DateTime?)null)
                    .SetProperty(j => j.LastFinishedUtc, finishedUtc)
                    .SetProperty(j => j.LastError, error),
                cancellationToken);

    /// <summary>Makes the job due now (its lease, if held, still has to expire or be released).</summary>
    public static Task<int> MakeDueAsync(AppDbContext db, string name, DateTime nowUtc, CancellationToken cancellationToken) =>
        db.JobLeases.Where(j => j.Name == name && j.NextRunUtc > nowUtc)
            .ExecuteUpdateAsync(s => s.SetProperty(j => j.NextRunUtc, nowUtc), cancellationToken);
}
