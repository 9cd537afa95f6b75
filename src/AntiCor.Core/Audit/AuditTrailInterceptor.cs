using System.Diagnostics;
using System.Runtime.CompilerServices;
using AntiCor.Core.Data;
using AntiCor.Core.Telemetry;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Storage;

namespace AntiCor.Core.Audit;

/// <summary>
/// Writes the audit trail in the same transaction as the change it records. Before a save it
/// takes the chain's head (under a lock on PostgreSQL, in the same round trip; SQLite's write transaction serialises),
/// and chains one row per changed entity and per recorded event, each with its MAC under the chain
/// key when the deployment has one (it always does outside tests of the plain chain). The rows are
/// written after the save's own statements succeed, before its commit (<see cref="AuditRowWriter"/>).
/// </summary>
public sealed class AuditTrailInterceptor(TimeProvider time, IAuditActor actor, Keys.AuditChainKey? key = null) : SaveChangesInterceptor
{
    // Each save under way: the rows it will append, chained before it runs and written once its own
    // statements have succeeded (a save that fails leaves none behind), and the transaction this
    // interceptor opened when the caller had none, committed after them.
    private readonly ConditionalWeakTable<DbContext, SaveUnderWay> _saves = [];

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        if (eventData.Context is AppDbContext db)
        {
            var events = Prepare(db);
            if (events.Count > 0)
            {
                var started = Stopwatch.GetTimestamp();
                var owned = db.Database.CurrentTransaction is null ? db.Database.BeginTransaction() : null;
                var rows = new List<AuditEntry>(events.Count);
                _saves.AddOrUpdate(db, new SaveUnderWay(rows, owned));
                foreach (var (chain, chainEvents) in ByChain(db, events))
                {
                    var head = db.Database.IsNpgsql() ? PostgresChainHead.LockAndRead(db, chain) : HeadOf(db, chain).FirstOrDefault();
                    Append(chain, chainEvents, head, rows);
                }

                AntiCorTelemetry.AuditAppendDuration.Record(AntiCorTelemetry.MillisecondsSince(started));
            }
        }

        return result;
    }

    public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is AppDbContext db)
        {
            var events = Prepare(db);
            if (events.Count > 0)
            {
                var started = Stopwatch.GetTimestamp();
                var owned = db.Database.CurrentTransaction is null ? await db.Database.BeginTransactionAsync(cancellationToken) : null;
                var rows = new List<AuditEntry>(events.Count);
                _saves.AddOrUpdate(db, new SaveUnderWay(rows, owned));
                foreach (var (chain, chainEvents) in ByChain(db, events))
                {
                    var head = db.Database.IsNpgsql()
                        ? await PostgresChainHead.LockAndReadAsync(db, chain, cancellationToken)
                        : await HeadOf(db, chain).FirstOrDefaultAsync(cancellationToken);
                    Append(chain, chainEvents, head, rows);
                }

                AntiCorTelemetry.AuditAppendDuration.Record(AntiCorTelemetry.MillisecondsSince(started));
            }
        }

        return result;
    }

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        if (eventData.Context is { } context && _saves.TryGetValue(context, out var save))
        {
            _saves.Remove(context);
            AuditRowWriter.Write(context, save.Rows);
            save.Owned?.Commit();
            save.Owned?.Dispose();
        }

        return result;
    }

    public override async ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is { } context && _saves.TryGetValue(context, out var save))
        {
            _saves.Remove(context);
            await AuditRowWriter.WriteAsync(context, save.Rows, cancellationToken);
            if (save.Owned is { } owned)
            {
                await owned.CommitAsync(cancellationToken);
                await owned.DisposeAsync();
            }
        }

        return result;
    }

    public override void SaveChangesFailed(DbContextErrorEventData eventData) => RollBack(eventData.Context);

    public override Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        RollBack(eventData.Context);
        return Task.CompletedTask;
    }

    private static List<AuditEvent> Prepare(AppDbContext db)
    {
        // Interceptors run before SaveChanges detects changes itself: without this, edits made
        // through navigations (a measure added to a direction) would be saved but not audited.
        db.ChangeTracker.DetectChanges();
        return [.. EntityChanges.Collect(db), .. db.TakePendingAuditEvents()];
    }

    // SQLite's write transaction serialises every save by itself: no lock to take.
    private static IQueryable<ChainHead> HeadOf(AppDbContext db, Guid chain) =>
        db.AuditEntries.AsNoTracking().Where(a => a.ChainId == chain).OrderByDescending(a => a.Sequence).Select(a => new ChainHead(a.Sequence, a.Hash));

    /// <summary>
    /// The chain of each event: its row's organisation; else the one organisation the rest of the
    /// save belongs to (a measure's term belongs with its measure); else the organisation the unit of
    /// work acts for; else the deployment's chain. Chains are taken in a fixed order, so two saves
    /// touching the same two chains cannot deadlock on their locks.
    /// </summary>
    private static IEnumerable<(Guid Chain, List<AuditEvent> Events)> ByChain(AppDbContext db, List<AuditEvent> events)
    {
        var named = events.Where(e => e.OrganizationId is not null).Select(e => e.OrganizationId!.Value).Distinct().ToList();
        var fallback = named.Count == 1 ? named[0] : db.Tenant.OrganizationId ?? AuditEntry.SystemChain;
        return events
            .GroupBy(e => e.OrganizationId ?? fallback)
            .OrderBy(g => g.Key)
            .Select(g => (g.Key, g.ToList()));
    }

    private void Append(Guid chain, List<AuditEvent> events, ChainHead? head, List<AuditEntry> rows)
    {
        var sequence = head?.Sequence ?? 0;
        var previous = head?.Hash ?? AuditEntry.GenesisHash;
        var now = time.GetUtcNow().UtcDateTime;
        foreach (var e in events)
        {
            var entry = new AuditEntry(chain, ++sequence, e, now, actor, previous);
            if (key is not null)
            {
                entry.Authenticate(key);
            }

            rows.Add(entry);
            previous = entry.Hash;
        }
    }

    private void RollBack(DbContext? context)
    {
        if (context is not null && _saves.TryGetValue(context, out var save))
        {
            _saves.Remove(context);
            save.Owned?.Rollback();
            save.Owned?.Dispose();
        }
    }

    private sealed record SaveUnderWay(List<AuditEntry> Rows, IDbContextTransaction? Owned);
}
