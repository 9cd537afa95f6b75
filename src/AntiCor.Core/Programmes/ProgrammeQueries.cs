using AntiCor.Core.Data;
using AntiCor.Core.Domain;
using AntiCor.Core.Reporting;
using Microsoft.EntityFrameworkCore;

namespace AntiCor.Core.Programmes;

/// <summary>Reads of whole programmes, shaped for <see cref="ProgrammeContractMapper"/>.</summary>
public static class ProgrammeQueries
{
    /// <summary>
    /// A stored programme with everything its contract form shows: organization, coordinator,
    /// directions, measures, executors with their org units and aliases, and warnings. Null when
    /// there is no programme with this id. Read-only, split into one query per collection.
    /// Warnings keep no position of their own (their version-7 ids are not ordered within a
    /// millisecond): they come by source line, those without a line last, the same on every provider.
    /// </summary>
    public static Task<Programme?> LoadForExportAsync(AppDbContext db, Guid id, CancellationToken cancellationToken = default) =>
        db.Programmes
            .AsNoTracking()
            .AsSplitQuery()
            .Include(p => p.Organization)
            .Include(p => p.CoordinatorUnit)
            .Include(p => p.Warnings.OrderBy(w => w.Line == null).ThenBy(w => w.Line).ThenBy(w => w.Id))
            .Include(p => p.Directions)
                .ThenInclude(d => d.Measures)
                .ThenInclude(m => m.Executors)
                .ThenInclude(e => e.OrgUnit)
            .Include(p => p.Directions)
                .ThenInclude(d => d.Measures)
                .ThenInclude(m => m.Risk)
            .FirstOrDefaultAsync(p => p.Id == id, cancellationToken);

    /// <summary>The same whole programme, tracked, for a change to it; a domain error when there is none.</summary>
    public static async Task<Programme> LoadForEditAsync(AppDbContext db, Guid id, CancellationToken cancellationToken = default) =>
        await db.Programmes
            .AsSplitQuery()
            .Include(p => p.Organization)
            .Include(p => p.CoordinatorUnit)
            .Include(p => p.Warnings)
            .Include(p => p.Directions).ThenInclude(d => d.Measures).ThenInclude(m => m.Executors).ThenInclude(e => e.OrgUnit)
            .Include(p => p.Directions).ThenInclude(d => d.Measures).ThenInclude(m => m.Risk)
            .FirstOrDefaultAsync(p => p.Id == id, cancellationToken)
            ?? throw new DomainException("Програму не знайдено.");

    /// <summary>
    /// The indicators of a programme's measures, for its contract form: those stored and those
    /// added in this unit of work and not yet saved (an import writes them with its first edition).
    /// </summary>
    public static async Task<IReadOnlyList<Indicator>> IndicatorsAsync(AppDbContext db, Programme programme, CancellationToken cancellationToken = default)
    {
        var measureIds = programme.Directions.SelectMany(d => d.Measures).Select(m => m.Id).ToHashSet();
        var stored = await db.Indicators.AsNoTracking().Where(i => measureIds.Contains(i.MeasureId)).ToListAsync(cancellationToken);
        var local = db.ChangeTracker.Entries<Indicator>().Where(e => measureIds.Contains(e.Entity.MeasureId)).ToList();
        var removed = local.Where(e => e.State == EntityState.Deleted).Select(e => e.Entity.Id).ToHashSet();
        var current = local.Where(e => e.State != EntityState.Deleted).Select(e => e.Entity).ToDictionary(i => i.Id);
        return [.. stored.Where(i => !removed.Contains(i.Id) && !current.ContainsKey(i.Id)).Concat(current.Values)];
    }
}
