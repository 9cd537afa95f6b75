using AntiCor.Core.Data;
using AntiCor.Core.Reporting;
using Microsoft.EntityFrameworkCore;

namespace AntiCor.Web.Features.Review;

/// <summary>What an outside party "(за згодою)" reported, as the coordinator enters it.</summary>
public sealed class ExternalReportInput
{
    public Guid UnitId { get; set; }

    public MessageType MessageType { get; set; } = MessageType.Result;

    public MeasureStatus Status { get; set; } = MeasureStatus.Done;

    public string? WhatWasDone { get; set; }

    public DateOnly? CompletedOn { get; set; }

    public string? Reasons { get; set; }
}

/// <summary>
/// An outside party is not obliged to report; when it does, the coordinator records it: an
/// external obligation for (measure, party, period), made on first use, and a report on it
/// submitted and accepted at once — a new version when one was recorded before.
/// </summary>
public sealed class ExternalReports(AppDbContext db)
{
    public async Task<Report> RecordAsync(ReportingPeriod period, Guid measureId, ExternalReportInput input, Guid by, DateTime nowUtc, CancellationToken cancellationToken)
    {
        var obligation = await db.Obligations.SingleOrDefaultAsync(o => o.PeriodId == period.Id && o.MeasureId == measureId && o.OrgUnitId == input.UnitId, cancellationToken);
        if (obligation is null)
        {
            obligation = new Obligation(period, measureId, input.UnitId, isLead: false, isExternal: true);
            db.Obligations.Add(obligation);
        }

        var versions = await db.Reports.Include(r => r.IndicatorValues).Include(r => r.Evidence)
            .Where(r => r.ObligationId == obligation.Id).ToListAsync(cancellationToken);
        var draft = obligation.OpenDraft(versions, period, by, nowUtc);
        if (!versions.Contains(draft))
        {
            db.Reports.Add(draft);
        }

        draft.Edit(new ReportContent(input.MessageType, input.Status, input.WhatWasDone, input.CompletedOn, input.Reasons), draft.IsCorrection ? "Уточнення, записане департаментом" : null);
        obligation.Submit(draft, versions, period, by, nowUtc);
        obligation.Accept(draft, null, by, nowUtc);
        return draft;
    }
}
