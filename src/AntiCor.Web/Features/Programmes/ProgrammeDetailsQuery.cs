using AntiCor.Core.Data;
using AntiCor.Core.Domain;
using Microsoft.EntityFrameworkCore;

namespace AntiCor.Web.Features.Programmes;

/// <summary>One programme as its page shows it: the act, the rule, the directions with their measures and the warnings.</summary>
public static class ProgrammeDetailsQuery
{
    public sealed record Result(Header Programme, IReadOnlyList<DirectionRow> Directions, IReadOnlyList<WarningRow> ProgrammeWarnings)
    {
        public int MeasureCount => Directions.Sum(d => d.Measures.Count);

        public int NeedsReviewCount => Directions.Sum(d => d.Measures.Count(m => m.NeedsReview));
    }

    public sealed record Header(
        Guid Id,
        string Title,
        string Organization,
        string? ActKind,
        string? ActNumber,
        DateOnly? ActDate,
        string? ActIssuer,
        string? ActTitle,
        string? SignatoryPosition,
        string? SignatoryName,
        string? ParentTitle,
        string? ParentNumber,
        DateOnly? ParentDate,
        string? ParentKind,
        string? ParentIssuer,
        DateOnly PeriodFrom,
        DateOnly PeriodTo,
        Guid? CoordinatorId,
        string? CoordinatorName,
        ReportingFrequency Frequency,
        int DueDay,
        DueMonth? DueMonth,
        DateTime ImportedAtUtc,
        string? SourceFileName)
    {
        public DateTime? PublishedAtUtc { get; init; }

        /// <summary>"протягом 10 робочих днів після закінчення періоду"; null for a rule by day of month.</summary>
        public int? DaysAfterPeriod { get; init; }

        public bool WorkingDays { get; init; }

        /// <summary>The document gave no rule the importer could read, and the coordinator has set none yet.</summary>
        public bool ReportingUnset { get; init; }
    }

    public sealed record DirectionRow(int Number, string Title, IReadOnlyList<MeasureRow> Measures)
    {
        public Guid Id { get; init; }
    }

    public sealed record MeasureRow(
        string Number,
        string Text,
        TermKind TermKind,
        string TermText,
        DateOnly? TermFrom,
        DateOnly? TermTo,
        bool NeedsReview,
        IReadOnlyList<ExecutorRow> Executors)
    {
        public Guid Id { get; init; }

        /// <summary>The importer's doubts about this measure, shown beside it.</summary>
        public IReadOnlyList<WarningRow> Warnings { get; init; } = [];

        /// <summary>The measure's latest status from the published reports; null: no published information.</summary>
        public AntiCor.Core.Reporting.MeasureStatus? Status { get; init; }

        /// <summary>Advice for the coordinator where the measure would be hard to measure (<see cref="ProgrammeAdviceQuery"/>); empty for anyone else.</summary>
        public IReadOnlyList<AntiCor.Core.Programmes.Advice.MeasureAdviceKind> Advice { get; init; } = [];
    }

    public sealed record ExecutorRow(Guid UnitId, string Name, ExecutorKind Kind, string RawText, bool ConsentRequired);

    public sealed record WarningRow(string Code, string Message, int? Line, string? MeasureNumber);

    /// <summary>
    /// The programme among <paramref name="programmes"/> (those the request may see); the importer's
    /// doubts (warnings, review marks) only <paramref name="withDoubts"/>, i.e. for staff.
    /// </summary>
    public static async Task<Result?> RunAsync(AppDbContext db, IQueryable<Programme> programmes, Guid id, bool withDoubts, CancellationToken cancellationToken)
    {
        var header = await programmes.AsNoTracking()
            .Where(p => p.Id == id)
            .Select(p => new Header(
                p.Id,
                p.Title,
                p.Organization.Name,
                p.LegalBasis.Kind,
                p.LegalBasis.Number,
                p.LegalBasis.Date,
                p.LegalBasis.Issuer,
                p.LegalBasis.Title,
                p.LegalBasis.SignatoryPosition,
                p.LegalBasis.SignatoryName,
                p.Parent!.Title,
                p.Parent.Number,
                p.Parent.Date,
                p.Parent.Kind,
                p.Parent.Issuer,
                p.PeriodFrom,
                p.PeriodTo,
                p.CoordinatorUnitId,
                p.CoordinatorUnit!.Name,
                p.Reporting.Frequency,
                p.Reporting.DueDay,
                p.Reporting.DueMonth,
                p.ImportedAtUtc,
                p.SourceFileName)
            {
                PublishedAtUtc = p.PublishedAtUtc,
                DaysAfterPeriod = p.Reporting.DaysAfterPeriod,
                WorkingDays = p.Reporting.WorkingDays,
                ReportingUnset = p.Reporting.IsUnset,
            })
            .SingleOrDefaultAsync(cancellationToken);
        if (header is null)
        {
            return null;
        }

        var directions = await db.Directions.AsNoTracking()
            .Where(d => d.ProgrammeId == id)
            .OrderBy(d => d.Number)
            .Select(d => new DirectionRow(
                d.Number,
                d.Title,
                d.Measures.OrderBy(m => m.Position).Select(m => new MeasureRow(
                    m.Number,
                    m.Text,
                    m.Term.Kind,
                    m.Term.Text,
                    m.Term.From,
                    m.Term.To,
                    withDoubts && m.NeedsReview,
                    m.Executors.OrderBy(e => e.Position).Select(e => new ExecutorRow(
                        e.OrgUnitId, e.OrgUnit.Name, e.OrgUnit.Kind, e.RawText, e.ConsentRequired)).ToList())
                { Id = m.Id }).ToList())
            { Id = d.Id })
            .AsSplitQuery()
            .ToListAsync(cancellationToken);

        var warnings = !withDoubts ? [] : await db.ProgrammeWarnings.AsNoTracking()
            .Where(w => w.ProgrammeId == id)
            .OrderBy(w => w.Line).ThenBy(w => w.Id)
            .Select(w => new WarningRow(w.Code, w.Message, w.Line, w.MeasureNumber))
            .ToListAsync(cancellationToken);

        return Attach(header, directions, warnings);
    }

    // A warning naming a measure goes beside it; one about the whole programme, or naming a
    // measure the programme does not have, goes in the box above the directions.
    private static Result Attach(Header header, List<DirectionRow> directions, List<WarningRow> warnings)
    {
        var byMeasure = warnings.Where(w => w.MeasureNumber is not null).ToLookup(w => w.MeasureNumber!);
        var withWarnings = directions
            .Select(d => d with { Measures = d.Measures.Select(m => m with { Warnings = byMeasure[m.Number].ToList() }).ToList() })
            .ToList();
        var numbers = directions.SelectMany(d => d.Measures).Select(m => m.Number).ToHashSet();
        var programmeWide = warnings.Where(w => w.MeasureNumber is null || !numbers.Contains(w.MeasureNumber)).ToList();
        return new Result(header, withWarnings, programmeWide);
    }
}
