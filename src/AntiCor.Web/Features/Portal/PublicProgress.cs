using AntiCor.Core.Data;
using AntiCor.Core.Reporting;
using AntiCor.Core.Reporting.Consolidation;
using Microsoft.EntityFrameworkCore;

namespace AntiCor.Web.Features.Portal;

/// <summary>
/// What the public may know of a programme's execution: each measure's status per period from the
/// reports the coordinator published (accepted and opened to the portal), by the same rule as the
/// department's (<see cref="MeasureStatusRule"/>, with its override), and the verdict. A period
/// with no published report on a measure says nothing of it publicly (no information), whatever
/// the internal reports say. Three queries for a whole programme, whatever its size.
/// </summary>
public sealed class PublicProgress
{
    public sealed record Period(Guid Id, string Key, DateOnly StartsOn, DateOnly EndsOn, DateOnly DueOn)
    {
        public string Label => Shared.Wording.PeriodLabel(PeriodKey.Parse(Key));
    }

    private readonly Dictionary<(Guid Period, Guid Measure), MeasureStatus?> _status;
    private readonly Dictionary<(Guid Period, Guid Measure), Verdict?> _verdict;

    private PublicProgress(IReadOnlyList<Period> periods, Dictionary<(Guid, Guid), MeasureStatus?> status, Dictionary<(Guid, Guid), Verdict?> verdict)
    {
        Periods = periods;
        _status = status;
        _verdict = verdict;
    }

    /// <summary>The programme's periods that have begun by the day asked, oldest first.</summary>
    public IReadOnlyList<Period> Periods { get; }

    public MeasureStatus? StatusIn(Guid periodId, Guid measureId) => _status.GetValueOrDefault((periodId, measureId));

    public Verdict? VerdictIn(Guid periodId, Guid measureId) => _verdict.GetValueOrDefault((periodId, measureId));

    /// <summary>The latest status the published reports give, up to and including period <paramref name="upTo"/> (default: all).</summary>
    public MeasureStatus? StatusOf(Guid measureId, int? upTo = null) =>
        Periods.Take((upTo ?? Periods.Count - 1) + 1).Select(p => StatusIn(p.Id, measureId)).LastOrDefault(s => s is not null);

    public StatusSummary Summary(IEnumerable<Guid> measureIds, int? upTo = null) => StatusSummary.Of(measureIds.Select(m => StatusOf(m, upTo)));

    public static async Task<PublicProgress> ForProgrammeAsync(AppDbContext db, Guid programmeId, DateOnly today, CancellationToken cancellationToken)
    {
        var periods = await db.ReportingPeriods.AsNoTracking()
            .Where(p => p.ProgrammeId == programmeId && p.StartsOn <= today)
            .OrderBy(p => p.StartsOn)
            .Select(p => new Period(p.Id, p.Key, p.StartsOn, p.EndsOn, p.DueOn))
            .ToListAsync(cancellationToken);
        var published = await (
            from o in db.Obligations.AsNoTracking()
            where o.ProgrammeId == programmeId && o.WithdrawnAtUtc == null
            join r in db.Reports on o.Id equals r.ObligationId
            where r.PublishedAtUtc != null && r.State == ReportState.Accepted
            select new { o.PeriodId, o.MeasureId, o.IsLead, r.Status })
            .ToListAsync(cancellationToken);
        var assessments = await (
            from a in db.MeasureAssessments.AsNoTracking()
            join p in db.ReportingPeriods on a.PeriodId equals p.Id
            where p.ProgrammeId == programmeId
            select new { a.PeriodId, a.MeasureId, a.StatusOverride, a.Verdict })
            .ToListAsync(cancellationToken);
        var byCell = assessments.ToDictionary(a => (a.PeriodId, a.MeasureId));

        var status = published.GroupBy(r => (r.PeriodId, r.MeasureId)).ToDictionary(
            g => g.Key,
            g => MeasureStatusRule.Derive([.. g.Select(r => new AcceptedStatus(r.IsLead, r.Status))], byCell.GetValueOrDefault(g.Key)?.StatusOverride));
        var verdict = status.Keys.ToDictionary(k => k, k => byCell.GetValueOrDefault(k)?.Verdict);
        return new PublicProgress(periods, status, verdict);
    }
}
