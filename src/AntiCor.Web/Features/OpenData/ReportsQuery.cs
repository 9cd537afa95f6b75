using AntiCor.Core.Data;
using AntiCor.Core.Reporting;
using Microsoft.EntityFrameworkCore;

namespace AntiCor.Web.Features.OpenData;

/// <summary>
/// One page of a published programme's measures with what the public may read of each period:
/// the accepted reports the coordinator published (status, what was done, dates, indicator
/// values, the evidence marked public) and, where there is such a report, the measure's status
/// and the department's verdict. Nothing of who wrote or reviewed a report, nor the review's
/// comments. Runs in the programme's organisation (the caller enters its scope); five queries
/// whatever the page size.
/// </summary>
public static class ReportsQuery
{
    public static async Task<(IReadOnlyList<MeasureReportsItem> Items, int Total)?> RunAsync(
        AppDbContext db, Guid programmeId, PeriodKey? period, ApiPaging paging, Func<string, string> absolute, CancellationToken cancellationToken)
    {
        var periodKey = period?.ToString();
        var periods = await db.ReportingPeriods.AsNoTracking()
            .Where(p => p.ProgrammeId == programmeId && (periodKey == null || p.Key == periodKey))
            .OrderBy(p => p.StartsOn)
            .Select(p => new { p.Id, p.Key })
            .ToListAsync(cancellationToken);
        if (periodKey is not null && periods.Count == 0)
        {
            return null;
        }

        var measuresQuery =
            from m in db.Measures.AsNoTracking()
            join d in db.Directions on m.DirectionId equals d.Id
            where d.ProgrammeId == programmeId
            select new { m.Id, m.Number, m.Text, Direction = d.Number, m.Position };
        var total = await measuresQuery.CountAsync(cancellationToken);
        var measures = await measuresQuery.OrderBy(m => m.Direction).ThenBy(m => m.Position).ThenBy(m => m.Id)
            .Skip(paging.Skip).Take(paging.PageSize).ToListAsync(cancellationToken);
        var measureIds = measures.Select(m => m.Id).ToList();
        var periodIds = periods.Select(p => p.Id).ToList();

        var reports = await (
            from r in db.Reports.AsNoTracking()
            join o in db.Obligations on r.ObligationId equals o.Id
            join u in db.OrgUnits on o.OrgUnitId equals u.Id
            where r.State == ReportState.Accepted && r.PublishedAtUtc != null && o.WithdrawnAtUtc == null
                && measureIds.Contains(o.MeasureId) && periodIds.Contains(o.PeriodId)
            orderby o.IsLead descending, u.Name, r.Id
            select new
            {
                r.Id,
                o.MeasureId,
                o.PeriodId,
                Executor = u.Name,
                o.IsLead,
                r.MessageType,
                r.Status,
                r.WhatWasDone,
                r.CompletedOn,
                r.Reasons,
                r.CancellingAct,
                PublishedAt = r.PublishedAtUtc!.Value,
                Values = r.IndicatorValues.Select(v => new { v.IndicatorId, v.Value }).ToList(),
                Evidence = r.Evidence.Where(e => e.IsPublic).OrderBy(e => e.Id)
                    .Select(e => new { e.Id, e.Url, e.Title, e.FileName, e.MediaType, e.Size, e.ContentSha256 }).ToList(),
            }).ToListAsync(cancellationToken);

        var indicators = await db.Indicators.AsNoTracking().Where(i => measureIds.Contains(i.MeasureId))
            .Select(i => new { i.Id, i.Name, i.UnitOfMeasure, i.ProgrammeTarget, Targets = i.Targets.Select(t => new { t.PeriodKey, t.Target }).ToList() })
            .ToDictionaryAsync(i => i.Id, cancellationToken);
        var assessments = await db.MeasureAssessments.AsNoTracking()
            .Where(a => measureIds.Contains(a.MeasureId) && periodIds.Contains(a.PeriodId))
            .Select(a => new { a.MeasureId, a.PeriodId, a.Verdict, a.StatusOverride })
            .ToListAsync(cancellationToken);

        var items = measures.Select(m => new MeasureReportsItem(m.Id, m.Number, m.Text, periods
            .Select(p =>
            {
                var published = reports.Where(r => r.MeasureId == m.Id && r.PeriodId == p.Id).ToList();
                if (published.Count == 0 && periodKey is null)
                {
                    return null;
                }

                var assessment = published.Count == 0 ? null : assessments.FirstOrDefault(a => a.MeasureId == m.Id && a.PeriodId == p.Id);
                var status = published.Count == 0
                    ? null
                    : MeasureStatusRule.Derive(published.Select(r => new AcceptedStatus(r.IsLead, r.Status)).ToList(), assessment?.StatusOverride);
                var key = PeriodKey.Parse(p.Key);
                return new PeriodReports(
                    p.Key,
                    key.Label,
                    status is { } s ? OpenDataNames.Of(s) : null,
                    status is { } t ? ReportingWords.Of(t) : null,
                    assessment?.Verdict is { } v ? OpenDataNames.Of(v) : null,
                    assessment?.Verdict is { } w ? ReportingWords.Of(w) : null,
                    published.Select(r => new PublishedReport(
                        r.Id,
                        r.Executor,
                        r.IsLead,
                        OpenDataNames.Of(r.MessageType),
                        OpenDataNames.Of(r.Status),
                        ReportingWords.Of(r.Status),
                        r.WhatWasDone,
                        r.CompletedOn,
                        r.Reasons,
                        r.CancellingAct,
                        DateTime.SpecifyKind(r.PublishedAt, DateTimeKind.Utc),
                        r.Values.Where(v => indicators.ContainsKey(v.IndicatorId)).Select(v =>
                        {
                            var indicator = indicators[v.IndicatorId];
                            var target = indicator.Targets.FirstOrDefault(x => x.PeriodKey == p.Key)?.Target ?? indicator.ProgrammeTarget;
                            return new ReportedIndicator(indicator.Name, indicator.UnitOfMeasure, v.Value, target);
                        }).ToList(),
                        r.Evidence.Select(e => e.ContentSha256 is null
                            ? new PublicEvidence("link", e.Title, e.Url ?? "")
                            : new PublicEvidence("file", e.Title, absolute(OpenDataRoutes.EvidenceOf(r.Id, e.Id)))
                            {
                                FileName = e.FileName,
                                MediaType = e.MediaType,
                                Size = e.Size,
                                Sha256 = e.ContentSha256,
                            }).ToList())).ToList());
            })
            .OfType<PeriodReports>()
            .ToList())).ToList();
        return (items, total);
    }
}
