using AntiCor.Core.Data;
using AntiCor.Core.Domain;
using AntiCor.Core.Reporting;
using Microsoft.EntityFrameworkCore;

namespace AntiCor.Web.Features.Portal;

/// <summary>
/// A measure as the public reads it: its text and term, executors (lead first), current status and
/// actual completion date, indicators with target and actual, and each period's published reports
/// with the department's verdict and the evidence opened to the public. Reports name the executor
/// unit, never the person who wrote or reviewed them. A fixed number of queries.
/// </summary>
public static class MeasureCardQuery
{
    public sealed record Result(
        Guid ProgrammeId,
        string ProgrammeTitle,
        int DirectionNumber,
        string DirectionTitle,
        Guid MeasureId,
        string Number,
        string Text,
        Term Term,
        IReadOnlyList<ExecutorRow> Executors,
        MeasureStatus? Status,
        DateOnly? CompletedOn,
        IReadOnlyList<IndicatorRow> Indicators,
        IReadOnlyList<PeriodRow> Periods);

    public sealed record ExecutorRow(Guid UnitId, string Name, ExecutorKind Kind, bool IsLead, bool ConsentRequired);

    public sealed record IndicatorRow(string Name, string Unit, decimal? ProgrammeTarget, IReadOnlyList<IndicatorPeriod> ByPeriod);

    public sealed record IndicatorPeriod(string PeriodKey, string Label, decimal? Target, decimal? Actual);

    public sealed record PeriodRow(string Key, string Label, MeasureStatus? Status, Verdict? Verdict, IReadOnlyList<ReportRow> Reports);

    public sealed record ReportRow(
        Guid ReportId, string Unit, bool IsLead, MeasureStatus Status, string? WhatWasDone, DateOnly? CompletedOn, string? Reasons, string? CancellingAct,
        IReadOnlyList<EvidenceRow> Evidence);

    public sealed record EvidenceRow(Guid Id, string? Url, string? Title, string? FileName, long? Size);

    private sealed record Published(Guid PeriodId, Guid ReportId, Guid UnitId, string Unit, bool IsLead, MeasureStatus Status,
        string? WhatWasDone, DateOnly? CompletedOn, string? Reasons, string? CancellingAct);

    private static decimal? SumOrNull(IEnumerable<decimal> values) => values.Any() ? values.Sum() : null;

    public static async Task<Result?> RunAsync(
        AppDbContext db, IQueryable<Programme> visibleProgrammes, Guid programmeId, Guid measureId, DateOnly today, CancellationToken cancellationToken)
    {
        var head = await (
            from m in db.Measures.AsNoTracking()
            join d in db.Directions on m.DirectionId equals d.Id
            join p in visibleProgrammes on d.ProgrammeId equals p.Id
            where m.Id == measureId && p.Id == programmeId
            select new { p.Id, p.Title, DirectionNumber = d.Number, DirectionTitle = d.Title, m.Number, m.Text, m.Term.Kind, TermText = m.Term.Text, m.Term.From, m.Term.To })
            .SingleOrDefaultAsync(cancellationToken);
        if (head is null)
        {
            return null;
        }

        var executors = await db.MeasureExecutors.AsNoTracking().Where(e => e.MeasureId == measureId)
            .OrderByDescending(e => e.IsLead).ThenBy(e => e.Position)
            .Select(e => new ExecutorRow(e.OrgUnitId, e.OrgUnit.Name, e.OrgUnit.Kind, e.IsLead, e.ConsentRequired))
            .ToListAsync(cancellationToken);
        var progress = await PublicProgress.ForProgrammeAsync(db, programmeId, today, cancellationToken);
        var reports = await (
            from o in db.Obligations.AsNoTracking()
            where o.MeasureId == measureId && o.WithdrawnAtUtc == null
            join r in db.Reports on o.Id equals r.ObligationId
            where r.PublishedAtUtc != null && r.State == ReportState.Accepted
            join u in db.OrgUnits on o.OrgUnitId equals u.Id
            select new Published(o.PeriodId, r.Id, u.Id, u.Name, o.IsLead, r.Status, r.WhatWasDone, r.CompletedOn, r.Reasons, r.CancellingAct))
            .ToListAsync(cancellationToken);
        var reportIds = reports.Select(r => r.ReportId).ToList();
        var evidence = (await db.ReportEvidence.AsNoTracking().Where(e => reportIds.Contains(e.ReportId) && e.IsPublic)
            .Select(e => new { e.ReportId, Row = new EvidenceRow(e.Id, e.Url, e.Title, e.FileName, e.Size) })
            .ToListAsync(cancellationToken)).ToLookup(e => e.ReportId, e => e.Row);
        var indicators = await db.Indicators.AsNoTracking().Where(i => i.MeasureId == measureId).OrderBy(i => i.Position)
            .Select(i => new { i.Id, i.Name, i.UnitOfMeasure, i.ProgrammeTarget, Targets = i.Targets.Select(t => new { t.PeriodKey, t.Target }).ToList() })
            .ToListAsync(cancellationToken);
        var values = (await db.Set<IndicatorValue>().AsNoTracking().Where(v => reportIds.Contains(v.ReportId))
            .Select(v => new { v.ReportId, v.IndicatorId, v.Value }).ToListAsync(cancellationToken));
        var periodOfReport = reports.ToDictionary(r => r.ReportId, r => r.PeriodId);

        var periods = progress.Periods
            .Select(p => new PeriodRow(p.Key, p.Label, progress.StatusIn(p.Id, measureId), progress.VerdictIn(p.Id, measureId),
                [.. reports.Where(r => r.PeriodId == p.Id).OrderByDescending(r => r.IsLead).ThenBy(r => r.Unit, StringComparer.Ordinal)
                    .Select(r => new ReportRow(r.ReportId, r.Unit, r.IsLead, r.Status, r.WhatWasDone, r.CompletedOn, r.Reasons, r.CancellingAct, [.. evidence[r.ReportId]]))]))
            .ToList();
        var indicatorRows = indicators.Select(i => new IndicatorRow(i.Name, i.UnitOfMeasure, i.ProgrammeTarget,
            [.. progress.Periods
                .Select(p => new IndicatorPeriod(p.Key, p.Label,
                    i.Targets.FirstOrDefault(t => t.PeriodKey == p.Key)?.Target,
                    // Several executors may report the same indicator: their values add up.
                    SumOrNull(values.Where(v => v.IndicatorId == i.Id && periodOfReport[v.ReportId] == p.Id).Select(v => v.Value))))
                .Where(x => x.Target is not null || x.Actual is not null)])).ToList();

        var status = progress.StatusOf(measureId);
        var completedOn = status == MeasureStatus.Done
            ? reports.Where(r => r.Status == MeasureStatus.Done && r.CompletedOn is not null).OrderByDescending(r => r.IsLead).Select(r => r.CompletedOn).FirstOrDefault()
            : null;
        return new Result(head.Id, head.Title, head.DirectionNumber, head.DirectionTitle, measureId, head.Number, head.Text, new Term(head.Kind, head.TermText, head.From, head.To),
            executors, status, completedOn, indicatorRows, periods);
    }
}
