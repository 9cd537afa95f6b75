using AntiCor.Core.Data;
using AntiCor.Core.Reporting;
using AntiCor.Web.Infrastructure.Caching;
using Microsoft.EntityFrameworkCore;

namespace AntiCor.Web.Features.Organizations;

/// <summary>
/// Every organisation with published programmes, for the oblast and NACP: how many measures, the
/// share done fully or partly by the published reports (the public rule,
/// <see cref="Portal.PublicProgress"/>, across organisations), and the share of reports due so far
/// that were first submitted on time. Public data only, read across tenants on purpose. One
/// query lists the organisations; their figures come from memory (<see cref="ProgressFigures"/>)
/// and only those whose records changed are read again (four queries, whatever their number).
/// The figures are sorted in memory, so the page is cut after sorting.
/// </summary>
public static class ProgressQuery
{
    public const int PageSize = 20;

    public sealed record Row(string Slug, string Name, int Programmes, int Measures, int Counted, int DoneOrPartly, int Due, int OnTime)
    {
        public int? DoneOrPartlyPercent => Counted == 0 ? null : Percent(DoneOrPartly, Counted);

        public int? OnTimePercent => Due == 0 ? null : Percent(OnTime, Due);

        private static int Percent(int part, int whole) => (int)Math.Round(100.0 * part / whole, MidpointRounding.AwayFromZero);
    }

    public enum Sort
    {
        Name,
        Progress,
        OnTime,
    }

    public sealed record Result(IReadOnlyList<Row> Rows, int Page, int Pages, int Total);

    public static async Task<Result> RunAsync(AppDbContext db, ProgressFigures kept, Sort sort, bool descending, int page, DateOnly today, CancellationToken cancellationToken)
    {
        var programmes = db.Programmes.IgnoreQueryFilters().Where(p => p.PublishedAtUtc != null);
        var organizations = await db.Organizations.AsNoTracking()
            .Where(o => programmes.Any(p => p.OrganizationId == o.Id))
            .Select(o => new { o.Id, o.Slug, o.Name })
            .ToListAsync(cancellationToken);

        var figures = new Dictionary<Guid, OrganizationFigures>();
        var stale = new Dictionary<Guid, OrganizationVersion>();
        foreach (var organization in organizations)
        {
            var (known, version) = kept.Find(organization.Id, today);
            if (known is not null)
            {
                figures[organization.Id] = known;
            }
            else
            {
                stale[organization.Id] = version;
            }
        }

        if (stale.Count > 0)
        {
            var read = await ReadAsync(db, [.. stale.Keys], everyone: stale.Count == organizations.Count, today, cancellationToken);
            foreach (var (id, version) in stale)
            {
                figures[id] = read[id];
                kept.Keep(id, version, today, read[id]);
            }
        }

        var rows = organizations.Select(o =>
        {
            var f = figures[o.Id];
            return new Row(o.Slug, o.Name, f.Programmes, f.Measures, f.Counted, f.DoneOrPartly, f.Due, f.OnTime);
        });

        var sorted = (sort, descending) switch
        {
            (Sort.Progress, false) => rows.OrderBy(r => r.DoneOrPartlyPercent ?? -1),
            (Sort.Progress, true) => rows.OrderByDescending(r => r.DoneOrPartlyPercent ?? -1),
            (Sort.OnTime, false) => rows.OrderBy(r => r.OnTimePercent ?? -1),
            (Sort.OnTime, true) => rows.OrderByDescending(r => r.OnTimePercent ?? -1),
            (_, true) => rows.OrderByDescending(r => r.Name, StringComparer.Ordinal),
            _ => rows.OrderBy(r => r.Name, StringComparer.Ordinal),
        };
        var all = sorted.ThenBy(r => r.Name, StringComparer.Ordinal).ToList();
        var pages = Math.Max(1, (all.Count + PageSize - 1) / PageSize);
        var current = Math.Clamp(page, 1, pages);
        return new Result([.. all.Skip((current - 1) * PageSize).Take(PageSize)], current, pages, all.Count);
    }

    /// <summary>
    /// The figures of the organisations named (of all, when <paramref name="everyone"/>): four
    /// queries whatever their number.
    /// </summary>
    private static async Task<Dictionary<Guid, OrganizationFigures>> ReadAsync(AppDbContext db, List<Guid> ids, bool everyone, DateOnly today, CancellationToken cancellationToken)
    {
        var programmes = db.Programmes.IgnoreQueryFilters().Where(p => p.PublishedAtUtc != null && (everyone || ids.Contains(p.OrganizationId)));
        var counts = await db.Organizations.AsNoTracking()
            .Where(o => everyone || ids.Contains(o.Id))
            .Select(o => new
            {
                o.Id,
                Programmes = programmes.Count(p => p.OrganizationId == o.Id),
                Measures = db.Measures.IgnoreQueryFilters().Count(m => m.OrganizationId == o.Id
                    && db.Directions.IgnoreQueryFilters().Any(d => d.Id == m.DirectionId && programmes.Any(p => p.Id == d.ProgrammeId))),
            })
            .ToDictionaryAsync(o => o.Id, cancellationToken);

        var published = await (
            from o in db.Obligations.IgnoreQueryFilters().AsNoTracking()
            join p in programmes on o.ProgrammeId equals p.Id
            join period in db.ReportingPeriods.IgnoreQueryFilters() on o.PeriodId equals period.Id
            join r in db.Reports.IgnoreQueryFilters() on o.Id equals r.ObligationId
            where o.WithdrawnAtUtc == null && r.PublishedAtUtc != null && r.State == ReportState.Accepted && period.StartsOn <= today
            select new { o.OrganizationId, o.PeriodId, period.StartsOn, o.MeasureId, o.IsLead, r.Status })
            .ToListAsync(cancellationToken);
        var overrides = await (
            from a in db.MeasureAssessments.IgnoreQueryFilters().AsNoTracking()
            join period in db.ReportingPeriods.IgnoreQueryFilters() on a.PeriodId equals period.Id
            join p in programmes on period.ProgrammeId equals p.Id
            where a.StatusOverride != null
            select new { a.PeriodId, a.MeasureId, a.StatusOverride })
            .ToDictionaryAsync(a => (a.PeriodId, a.MeasureId), a => a.StatusOverride, cancellationToken);
        var onTime = await (
            from o in db.Obligations.IgnoreQueryFilters().AsNoTracking()
            join p in programmes on o.ProgrammeId equals p.Id
            join period in db.ReportingPeriods.IgnoreQueryFilters() on o.PeriodId equals period.Id
            where o.WithdrawnAtUtc == null && !o.IsExternal && period.DueOn < today
            // Version 1 is always the first one submitted: later versions follow a decision on it.
            select new { o.OrganizationId, OnTime = db.Reports.IgnoreQueryFilters().Any(r => r.ObligationId == o.Id && r.Number == 1 && r.SubmittedAtUtc != null && r.DaysLate == 0) })
            .GroupBy(x => x.OrganizationId)
            .Select(g => new { g.Key, Due = g.Count(), OnTime = g.Count(x => x.OnTime) })
            .ToDictionaryAsync(x => x.Key, cancellationToken);

        // Each measure's latest status over the periods, as on the programme page.
        var latest = published
            .GroupBy(r => (r.PeriodId, r.MeasureId))
            .Select(g => (g.First().OrganizationId, g.Key.MeasureId, g.First().StartsOn,
                Status: MeasureStatusRule.Derive([.. g.Select(r => new AcceptedStatus(r.IsLead, r.Status))], overrides.GetValueOrDefault(g.Key))))
            .Where(x => x.Status is not null)
            .GroupBy(x => x.MeasureId)
            .Select(g => g.MaxBy(x => x.StartsOn))
            .ToLookup(x => x.OrganizationId, x => x.Status);

        return ids.ToDictionary(id => id, id =>
        {
            var statuses = latest[id].ToList();
            var obsolete = statuses.Count(s => s == MeasureStatus.Obsolete);
            var done = statuses.Count(s => s is MeasureStatus.Done or MeasureStatus.PartlyDone);
            var (programmeCount, measures) = counts.TryGetValue(id, out var c) ? (c.Programmes, c.Measures) : (0, 0);
            var due = onTime.GetValueOrDefault(id);
            return new OrganizationFigures(programmeCount, measures, measures - obsolete, done, due?.Due ?? 0, due?.OnTime ?? 0);
        });
    }
}
