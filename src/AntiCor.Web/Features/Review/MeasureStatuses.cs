using AntiCor.Core.Data;
using AntiCor.Core.Reporting;
using Microsoft.EntityFrameworkCore;

namespace AntiCor.Web.Features.Review;

/// <summary>A measure's status for the period, whether the department set it, and its verdict.</summary>
public sealed record MeasureStanding(MeasureStatus? Status, bool Overridden, Verdict? Verdict);

/// <summary>
/// Measures' statuses for a period from their executors' accepted reports (the lead's by
/// default, <see cref="MeasureStatusRule"/>), with the department's override and verdict.
/// </summary>
public static class MeasureStatuses
{
    public static async Task<Dictionary<Guid, MeasureStanding>> ForAsync(
        AppDbContext db, Guid periodId, IReadOnlyCollection<Guid> measureIds, CancellationToken cancellationToken)
    {
        var accepted = await db.Obligations
            .Where(o => o.PeriodId == periodId && o.WithdrawnAtUtc == null && measureIds.Contains(o.MeasureId))
            .Join(db.Reports.Where(r => r.State == ReportState.Accepted), o => o.Id, r => r.ObligationId, (o, r) => new { o.MeasureId, o.IsLead, r.Status })
            .ToListAsync(cancellationToken);
        var assessments = await db.MeasureAssessments.Where(a => a.PeriodId == periodId && measureIds.Contains(a.MeasureId))
            .Select(a => new { a.MeasureId, a.StatusOverride, a.Verdict }).ToDictionaryAsync(a => a.MeasureId, cancellationToken);
        return measureIds.ToDictionary(id => id, id =>
        {
            var assessment = assessments.GetValueOrDefault(id);
            var status = MeasureStatusRule.Derive(
                [.. accepted.Where(a => a.MeasureId == id).Select(a => new AcceptedStatus(a.IsLead, a.Status))], assessment?.StatusOverride);
            return new MeasureStanding(status, assessment?.StatusOverride is not null, assessment?.Verdict);
        });
    }
}
