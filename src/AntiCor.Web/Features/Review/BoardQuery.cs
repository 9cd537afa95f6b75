using AntiCor.Core.Data;
using AntiCor.Core.Reporting;
using Microsoft.EntityFrameworkCore;

namespace AntiCor.Web.Features.Review;

/// <summary>The board's filters as the query string carries them.</summary>
public sealed record BoardFilter(Guid? DirectionId, Guid? UnitId, BoardState? State, int Page = 1);

public sealed record BoardCell(Guid ObligationId, Guid UnitId, string UnitName, bool IsLead, bool IsExternal, BoardState State, Guid? ReportId);

public sealed record BoardRow(Guid MeasureId, string Number, string Text, IReadOnlyList<BoardCell> Cells, MeasureStatus? Status, bool StatusOverridden, Verdict? Verdict);

public sealed record BoardOption(Guid Id, string Label);

public sealed record Board(
    IReadOnlyDictionary<BoardState, int> Counts, IReadOnlyList<BoardRow> Rows, IReadOnlyList<BoardOption> Directions, IReadOnlyList<BoardOption> Units)
{
    /// <summary>The page shown (from 1) and how many there are: the rows are paged by measure, the counts cover every page.</summary>
    public int Page { get; init; } = 1;

    public int PageCount { get; init; } = 1;
}

/// <summary>
/// The period board: one row per measure, one cell per executor unit. Filters by direction and
/// unit, and by cell state, are conditions of the query; the counts at the top follow the
/// direction and unit filters but not the state one, so they show what each state filter gives.
/// Rows come a page of measures at a time, in the programme's order, every executor of a measure
/// on the same page: a city's 1,000 obligations are not one page to render and scroll.
/// </summary>
public sealed class BoardQuery(AppDbContext db, int measuresPerPage = BoardQuery.MeasuresPerPage)
{
    public const int MeasuresPerPage = 30;

    private sealed record Line(Guid Id, Guid MeasureId, string Number, string Text, int DirectionNumber, int Position,
        Guid UnitId, string UnitName, bool IsLead, bool IsExternal, ObligationState State, bool SubmittedLate, Guid? ReportId);

    public async Task<Board> RunAsync(ReportingPeriod period, BoardFilter filter, DateOnly today, CancellationToken cancellationToken)
    {
        var pastDue = today > period.DueOn;
        var scoped = Scoped(period, filter);

        var byState = await scoped.GroupBy(o => o.State).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(cancellationToken);
        var submittedLate = await scoped.CountAsync(o => o.State == ObligationState.Submitted && LateReports().Any(r => r.ObligationId == o.Id), cancellationToken);
        int Count(ObligationState s) => byState.Where(x => x.Key == s).Sum(x => x.Count);
        var counts = new Dictionary<BoardState, int>
        {
            [BoardState.Missing] = pastDue ? 0 : Count(ObligationState.Missing),
            [BoardState.Draft] = pastDue ? 0 : Count(ObligationState.Draft),
            [BoardState.Submitted] = Count(ObligationState.Submitted) - submittedLate,
            [BoardState.Late] = submittedLate + (pastDue ? Count(ObligationState.Missing) + Count(ObligationState.Draft) : 0),
            [BoardState.Returned] = Count(ObligationState.Returned),
            [BoardState.Accepted] = Count(ObligationState.Accepted),
        };

        var shown = WithState(scoped, filter.State, pastDue);
        var measures = shown.Join(db.Measures, o => o.MeasureId, m => m.Id, (o, m) => m)
            .Join(db.Directions, m => m.DirectionId, d => d.Id, (m, d) => new { m.Id, Direction = d.Number, m.Position })
            .Distinct();
        var pageCount = Math.Max(1, (int)Math.Ceiling(await measures.CountAsync(cancellationToken) / (double)measuresPerPage));
        var page = Math.Clamp(filter.Page, 1, pageCount);
        var pageMeasures = await measures.OrderBy(m => m.Direction).ThenBy(m => m.Position)
            .Skip((page - 1) * measuresPerPage).Take(measuresPerPage).Select(m => m.Id).ToListAsync(cancellationToken);

        var lines = await shown.Where(o => pageMeasures.Contains(o.MeasureId))
            .Join(db.Measures, o => o.MeasureId, m => m.Id, (o, m) => new { o, m })
            .Join(db.Directions, x => x.m.DirectionId, d => d.Id, (x, d) => new { x.o, x.m, d })
            .Join(db.OrgUnits, x => x.o.OrgUnitId, u => u.Id, (x, u) => new Line(
                x.o.Id, x.m.Id, x.m.Number, x.m.Text, x.d.Number, x.m.Position, u.Id, u.Name, x.o.IsLead, x.o.IsExternal, x.o.State,
                db.Reports.Any(r => r.ObligationId == x.o.Id && r.State == ReportState.Submitted && r.DaysLate > 0),
                db.Reports.Where(r => r.ObligationId == x.o.Id && r.State != ReportState.Draft).OrderByDescending(r => r.Number).Select(r => (Guid?)r.Id).FirstOrDefault()))
            .ToListAsync(cancellationToken);

        var measureIds = lines.Select(l => l.MeasureId).Distinct().ToList();
        var statuses = await MeasureStatuses.ForAsync(db, period.Id, measureIds, cancellationToken);
        var rows = lines.GroupBy(l => l.MeasureId)
            .OrderBy(g => g.First().DirectionNumber).ThenBy(g => g.First().Position)
            .Select(g =>
            {
                var first = g.First();
                var status = statuses.GetValueOrDefault(g.Key);
                return new BoardRow(g.Key, first.Number, first.Text,
                    [.. g.OrderByDescending(l => l.IsLead).ThenBy(l => l.IsExternal).ThenBy(l => l.UnitName, StringComparer.Ordinal)
                        .Select(l => new BoardCell(l.Id, l.UnitId, l.UnitName, l.IsLead, l.IsExternal, BoardStates.Of(l.State, l.SubmittedLate, pastDue), l.ReportId))],
                    status?.Status, status?.Overridden ?? false, status?.Verdict);
            }).ToList();

        var directions = await db.Directions.Where(d => d.ProgrammeId == period.ProgrammeId).OrderBy(d => d.Number)
            .Select(d => new BoardOption(d.Id, d.Number + ". " + d.Title)).ToListAsync(cancellationToken);
        var units = await db.OrgUnits.Where(u => db.Obligations.Any(o => o.PeriodId == period.Id && o.WithdrawnAtUtc == null && o.OrgUnitId == u.Id))
            .OrderBy(u => u.Name).Select(u => new BoardOption(u.Id, u.Name)).ToListAsync(cancellationToken);
        return new Board(counts, rows, directions, units) { Page = page, PageCount = pageCount };
    }

    private IQueryable<Obligation> Scoped(ReportingPeriod period, BoardFilter filter)
    {
        var query = db.Obligations.Where(o => o.PeriodId == period.Id && o.WithdrawnAtUtc == null);
        if (filter.DirectionId is { } direction)
        {
            query = query.Where(o => db.Measures.Any(m => m.Id == o.MeasureId && m.DirectionId == direction));
        }

        if (filter.UnitId is { } unit)
        {
            query = query.Where(o => o.OrgUnitId == unit);
        }

        return query;
    }

    private IQueryable<Report> LateReports() => db.Reports.Where(r => r.State == ReportState.Submitted && r.DaysLate > 0);

    private IQueryable<Obligation> WithState(IQueryable<Obligation> query, BoardState? state, bool pastDue) => state switch
    {
        null => query,
        BoardState.Accepted => query.Where(o => o.State == ObligationState.Accepted),
        BoardState.Returned => query.Where(o => o.State == ObligationState.Returned),
        BoardState.Submitted => query.Where(o => o.State == ObligationState.Submitted && !LateReports().Any(r => r.ObligationId == o.Id)),
        BoardState.Late => query.Where(o => (o.State == ObligationState.Submitted && LateReports().Any(r => r.ObligationId == o.Id))
            || (pastDue && (o.State == ObligationState.Missing || o.State == ObligationState.Draft))),
        BoardState.Draft => query.Where(o => !pastDue && o.State == ObligationState.Draft),
        _ => query.Where(o => !pastDue && o.State == ObligationState.Missing),
    };
}
