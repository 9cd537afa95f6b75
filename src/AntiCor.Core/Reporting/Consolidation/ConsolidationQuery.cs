using AntiCor.Core.Data;
using AntiCor.Core.Domain;
using Microsoft.EntityFrameworkCore;

namespace AntiCor.Core.Reporting.Consolidation;

/// <summary>
/// Builds the consolidated data of a programme for a period key from the executors' accepted
/// reports and the department's assessments. A half-year or a year is cumulative: it covers the
/// programme's periods inside it (<see cref="PeriodKey.Within"/>), and a measure's status and
/// verdict are the latest the periods give; each executor is shown with its latest accepted report.
/// </summary>
public sealed class ConsolidationQuery(AppDbContext db, TimeProvider time)
{
    /// <summary>Null when the programme is not found (or belongs to another organisation).</summary>
    public async Task<ConsolidatedReport?> BuildAsync(Guid programmeId, PeriodKey key, CancellationToken cancellationToken = default)
    {
        var programme = await db.Programmes.AsNoTracking()
            .Where(p => p.Id == programmeId)
            .Select(p => new { p.Id, p.Title, p.LegalBasis, Organization = p.Organization.Name })
            .SingleOrDefaultAsync(cancellationToken);
        if (programme is null)
        {
            return null;
        }

        var periods = (await db.ReportingPeriods.AsNoTracking().Where(p => p.ProgrammeId == programmeId).ToListAsync(cancellationToken))
            .Where(p => PeriodKey.TryParse(p.Key, out var k) && k.Within(key))
            .OrderBy(p => p.StartsOn)
            .ToList();
        if (periods.Count == 0)
        {
            throw new DomainException($"У програмі немає звітних періодів у межах періоду «{key}» ({key.Label}).");
        }

        var periodIds = periods.Select(p => p.Id).ToList();
        var directions = await db.Directions.AsNoTracking().Where(d => d.ProgrammeId == programmeId)
            .Select(d => new { d.Id, d.Number, d.Title }).ToListAsync(cancellationToken);
        var directionIds = directions.Select(d => d.Id).ToList();
        var measures = await db.Measures.AsNoTracking().Where(m => directionIds.Contains(m.DirectionId))
            .Select(m => new { m.Id, m.DirectionId, m.Number, m.Position, m.Text }).ToListAsync(cancellationToken);
        var measureIds = measures.Select(m => m.Id).ToList();
        var positions = (await db.MeasureExecutors.AsNoTracking().Where(e => measureIds.Contains(e.MeasureId))
            .Select(e => new { e.MeasureId, e.OrgUnitId, e.Position }).ToListAsync(cancellationToken))
            .GroupBy(e => (e.MeasureId, e.OrgUnitId)).ToDictionary(g => g.Key, g => g.Min(e => e.Position));
        var obligations = await db.Obligations.AsNoTracking()
            .Where(o => periodIds.Contains(o.PeriodId) && o.WithdrawnAtUtc == null && !o.IsExternal)
            .Select(o => new { o.Id, o.PeriodId, o.MeasureId, o.OrgUnitId, o.IsLead, o.State }).ToListAsync(cancellationToken);
        var obligationIds = obligations.Select(o => o.Id).ToList();
        var reports = (await db.Reports.AsNoTracking().Where(r => obligationIds.Contains(r.ObligationId) && r.SubmittedAtUtc != null)
            .Select(r => new
            {
                r.ObligationId, r.Number, r.State, r.MessageType, r.Status, r.WhatWasDone, r.CompletedOn, r.Reasons, r.CancellingAct,
                r.SubmittedAtUtc, r.DaysLate, r.ReviewedAtUtc,
            }).ToListAsync(cancellationToken))
            .ToLookup(r => r.ObligationId);
        var unitIds = obligations.Select(o => o.OrgUnitId).Distinct().ToList();
        var units = await db.OrgUnits.AsNoTracking().Where(u => unitIds.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.Name, cancellationToken);
        var assessments = (await db.MeasureAssessments.AsNoTracking().Where(a => periodIds.Contains(a.PeriodId)).ToListAsync(cancellationToken))
            .ToDictionary(a => (a.PeriodId, a.MeasureId));

        var periodOrder = periods.Select((p, i) => (p.Id, i)).ToDictionary(x => x.Id, x => x.i);
        var directionById = directions.ToDictionary(d => d.Id);

        // The measure's status and verdict in each period, to take the latest that says something.
        var perPeriodStatus = obligations.GroupBy(o => (o.PeriodId, o.MeasureId)).ToDictionary(g => g.Key, g =>
            MeasureStatusRule.Derive(
                [.. g.SelectMany(o => reports[o.Id].Where(r => r.State == ReportState.Accepted).Select(r => new AcceptedStatus(o.IsLead, r.Status)))],
                assessments.GetValueOrDefault(g.Key)?.StatusOverride));
        foreach (var a in assessments.Values.Where(a => a.StatusOverride is not null))
        {
            perPeriodStatus[(a.PeriodId, a.MeasureId)] = a.StatusOverride;
        }

        MeasureStatus? StatusOf(Guid measureId) => periods.Select(p => perPeriodStatus.GetValueOrDefault((p.Id, measureId))).LastOrDefault(s => s is not null);
        MeasureAssessment? LatestAssessment(Guid measureId, Func<MeasureAssessment, bool> says) =>
            periods.Select(p => assessments.GetValueOrDefault((p.Id, measureId))).LastOrDefault(a => a is not null && says(a));

        var rows = new List<ConsolidatedRow>();
        foreach (var o in obligations)
        {
            var period = periods[periodOrder[o.PeriodId]];
            var measure = measures.First(m => m.Id == o.MeasureId);
            var direction = directionById[measure.DirectionId];
            var versions = reports[o.Id].ToList();
            var accepted = versions.Where(r => r.State == ReportState.Accepted).MaxBy(r => r.Number);
            var first = versions.MinBy(r => r.Number);
            var assessment = assessments.GetValueOrDefault((o.PeriodId, o.MeasureId));
            rows.Add(new ConsolidatedRow(
                period.Key, period.DueOn, direction.Number, direction.Title, measure.Id, measure.Number, measure.Text,
                o.OrgUnitId, units.GetValueOrDefault(o.OrgUnitId, ""), o.IsLead, o.State,
                accepted?.MessageType, accepted?.Status, accepted?.WhatWasDone, accepted?.CompletedOn, accepted?.Reasons, accepted?.CancellingAct,
                accepted?.SubmittedAtUtc, first?.SubmittedAtUtc, first?.DaysLate,
                perPeriodStatus.GetValueOrDefault((o.PeriodId, o.MeasureId)), assessment?.Verdict));
        }

        int Position(ConsolidatedRow r) => positions.TryGetValue((r.MeasureId, r.UnitId), out var p) ? p : int.MaxValue;
        var measureOrder = measures.ToDictionary(m => m.Id, m => m.Position);
        rows = [.. rows
            .OrderBy(r => r.DirectionNumber)
            .ThenBy(r => measureOrder[r.MeasureId])
            .ThenBy(r => periods.FindIndex(p => p.Key == r.Period))
            .ThenByDescending(r => r.IsLead)
            .ThenBy(Position)
            .ThenBy(r => r.UnitName, StringComparer.Ordinal)];

        var consolidatedDirections = directions.OrderBy(d => d.Number).Select(d => new ConsolidatedDirection(d.Number, d.Title,
            [.. measures.Where(m => m.DirectionId == d.Id && rows.Any(r => r.MeasureId == m.Id)).OrderBy(m => m.Position).Select(m => new ConsolidatedMeasure(
                m.Id, m.Number, m.Text, StatusOf(m.Id),
                LatestAssessment(m.Id, a => a.Verdict is not null)?.Verdict,
                LatestAssessment(m.Id, a => a.StatusOverride is not null)?.OverrideReason,
                LatestPerExecutor(rows.Where(r => r.MeasureId == m.Id))))]))
            .Where(d => d.Measures.Count > 0)
            .ToList();

        var asOf = reports.SelectMany(g => g).Where(r => r.State == ReportState.Accepted)
            .SelectMany(r => new[] { r.SubmittedAtUtc, r.ReviewedAtUtc })
            .Concat(assessments.Values.Select(a => a.AssessedAtUtc))
            .Where(t => t is not null)
            .DefaultIfEmpty(null)
            .Max();

        return new ConsolidatedReport(
            programme.Id, programme.Title, programme.LegalBasis, programme.Organization, key,
            [.. periods.Select(p => p.Key)], time.GetUtcNow().UtcDateTime, asOf, consolidatedDirections, rows);
    }

    /// <summary>Each executor once: its latest period's row with an accepted report, else its latest row.</summary>
    private static List<ConsolidatedRow> LatestPerExecutor(IEnumerable<ConsolidatedRow> rows) =>
        [.. rows.GroupBy(r => r.UnitId).Select(g => g.LastOrDefault(r => r.Status is not null) ?? g.Last())];
}
