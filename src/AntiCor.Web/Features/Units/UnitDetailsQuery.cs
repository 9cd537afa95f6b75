using AntiCor.Core.Data;
using AntiCor.Core.Domain;
using Microsoft.EntityFrameworkCore;

namespace AntiCor.Web.Features.Units;

/// <summary>An executor with its spellings and every measure it takes part in, grouped by programme.</summary>
public static class UnitDetailsQuery
{
    public sealed record Result(
        Header Unit,
        IReadOnlyList<ProgrammeRef> Coordinates,
        IReadOnlyList<ProgrammeGroup> Programmes)
    {
        /// <summary>The unit's reports whose due date has passed (in programmes the request may see), and how many of them it first submitted on time.</summary>
        public (int Due, int OnTime) Record { get; init; }

        public int MeasureCount => Programmes.Sum(p => p.Measures.Count);
    }

    public sealed record Header(Guid Id, string Name, ExecutorKind Kind, string Organization, IReadOnlyList<string> Aliases);

    public sealed record ProgrammeRef(Guid Id, string Title, string? ActKind, string? ActNumber, DateOnly? ActDate);

    public sealed record ProgrammeGroup(ProgrammeRef Programme, IReadOnlyList<MeasureRow> Measures);

    public sealed record MeasureRow(
        int DirectionNumber,
        string Number,
        string Text,
        TermKind TermKind,
        string TermText,
        DateOnly? TermFrom,
        DateOnly? TermTo,
        bool NeedsReview,
        bool ConsentRequired)
    {
        public Guid Id { get; init; }
    }

    public static async Task<Result?> RunAsync(AppDbContext db, IQueryable<Programme> visibleProgrammes, Guid id, DateOnly today, CancellationToken cancellationToken)
    {
        var unit = await db.OrgUnits.AsNoTracking()
            .Where(u => u.Id == id)
            .Select(u => new Header(
                u.Id,
                u.Name,
                u.Kind,
                db.Organizations.Where(o => o.Id == u.OrganizationId).Select(o => o.Name).Single(),
                u.Aliases.OrderBy(a => a.Text).Select(a => a.Text).ToList()))
            .SingleOrDefaultAsync(cancellationToken);
        if (unit is null)
        {
            return null;
        }

        var coordinates = await visibleProgrammes.AsNoTracking()
            .Where(p => p.CoordinatorUnitId == id)
            .OrderByDescending(p => p.LegalBasis.Date)
            .Select(p => new ProgrammeRef(p.Id, p.Title, p.LegalBasis.Kind, p.LegalBasis.Number, p.LegalBasis.Date))
            .ToListAsync(cancellationToken);

        // MeasureExecutor and Measure have no navigation up to their programme, so the path is joined.
        var rows = await (
            from e in db.MeasureExecutors.AsNoTracking()
            where e.OrgUnitId == id
            join m in db.Measures on e.MeasureId equals m.Id
            join d in db.Directions on m.DirectionId equals d.Id
            join p in visibleProgrammes on d.ProgrammeId equals p.Id
            orderby p.LegalBasis.Date descending, p.Id, d.Number, m.Position
            select new
            {
                Programme = new ProgrammeRef(p.Id, p.Title, p.LegalBasis.Kind, p.LegalBasis.Number, p.LegalBasis.Date),
                Measure = new MeasureRow(
                    d.Number, m.Number, m.Text, m.Term.Kind, m.Term.Text, m.Term.From, m.Term.To, m.NeedsReview, e.ConsentRequired) { Id = m.Id },
            })
            .ToListAsync(cancellationToken);

        var programmes = rows
            .GroupBy(r => r.Programme.Id)
            .Select(g => new ProgrammeGroup(g.First().Programme, g.Select(r => r.Measure).ToList()))
            .ToList();

        // Each obligation's first submitted version decides whether it came on time (a later correction does not).
        var firstLate = await (
            from o in db.Obligations.AsNoTracking()
            where o.OrgUnitId == id && o.WithdrawnAtUtc == null && !o.IsExternal
            join p in visibleProgrammes on o.ProgrammeId equals p.Id
            join period in db.ReportingPeriods on o.PeriodId equals period.Id
            where period.DueOn < today
            select db.Reports.Where(r => r.ObligationId == o.Id && r.SubmittedAtUtc != null).OrderBy(r => r.Number).Select(r => (int?)r.DaysLate).FirstOrDefault())
            .ToListAsync(cancellationToken);

        return new Result(unit, coordinates, programmes) { Record = (firstLate.Count, firstLate.Count(d => d == 0)) };
    }
}
