using AntiCor.Core.Data;
using AntiCor.Core.Domain;
using AntiCor.Core.Reporting;
using AntiCor.Core.Telemetry;
using AntiCor.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace AntiCor.Web.Features.Review;

/// <summary>
/// The department's word on one measure for one period: its verdict, a status override with the
/// reason, and what a party "(за згодою)" reported, recorded by the coordinator.
/// </summary>
[Authorize(Policies.ReportReview)]
public sealed class AssessmentModel(AppDbContext db, TimeProvider time, CurrentUser user) : PageModel
{
    public sealed record ExternalParty(Guid UnitId, string Name);

    /// <summary>The assessment's version when the form was opened; empty when there was none yet.</summary>
    [BindProperty]
    public int? Version { get; set; }

    [BindProperty]
    public Verdict? Verdict { get; set; }

    [BindProperty]
    public MeasureStatus? StatusOverride { get; set; }

    [BindProperty]
    public string? OverrideReason { get; set; }

    [BindProperty]
    public ExternalReportInput External { get; set; } = new();

    public ReportingPeriod Period { get; private set; } = null!;

    public string MeasureNumber { get; private set; } = "";

    public string MeasureText { get; private set; } = "";

    public MeasureStatus? DerivedStatus { get; private set; }

    public IReadOnlyList<ExternalParty> Externals { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid id, string key, Guid measureId, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, key, measureId, cancellationToken))
        {
            return NotFound();
        }

        var assessment = await db.MeasureAssessments.AsNoTracking().SingleOrDefaultAsync(a => a.PeriodId == Period.Id && a.MeasureId == measureId, cancellationToken);
        (Version, Verdict, StatusOverride, OverrideReason) = (assessment?.Version, assessment?.Verdict, assessment?.StatusOverride, assessment?.OverrideReason);
        return Page();
    }

    public Task<IActionResult> OnPostVerdictAsync(Guid id, string key, Guid measureId, CancellationToken cancellationToken) =>
        AssessAsync(id, key, measureId, a =>
        {
            if (Verdict is not { } verdict || !Enum.IsDefined(verdict))
            {
                throw new DomainException(ReviewText.ChooseVerdict);
            }

            a.Give(verdict, user.Id ?? Guid.Empty, time.GetUtcNow().UtcDateTime);
        }, cancellationToken);

    public Task<IActionResult> OnPostOverrideAsync(Guid id, string key, Guid measureId, CancellationToken cancellationToken) =>
        AssessAsync(id, key, measureId, a => a.OverrideStatus(StatusOverride, OverrideReason, user.Id ?? Guid.Empty, time.GetUtcNow().UtcDateTime), cancellationToken);

    public async Task<IActionResult> OnPostExternalAsync(Guid id, string key, Guid measureId, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, key, measureId, cancellationToken))
        {
            return NotFound();
        }

        try
        {
            if (!Externals.Any(x => x.UnitId == External.UnitId))
            {
                throw new DomainException(ReviewText.ExternalNotExecutor);
            }

            var period = await db.ReportingPeriods.SingleAsync(p => p.Id == Period.Id, cancellationToken);
            await new ExternalReports(db).RecordAsync(period, measureId, External, user.Id ?? Guid.Empty, time.GetUtcNow().UtcDateTime, cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
            AntiCorTelemetry.ReportsSubmitted.Add(1, new KeyValuePair<string, object?>("source", "department"));
            return Redirect($"/programmes/{id}/periods/{Period.Key}");
        }
        catch (DomainException e)
        {
            ModelState.AddModelError(string.Empty, e.Message);
        }
        catch (DbUpdateConcurrencyException)
        {
            ModelState.AddModelError(string.Empty, StaleRecord.Message);
        }

        db.ChangeTracker.Clear();
        return Page();
    }

    private async Task<IActionResult> AssessAsync(Guid id, string key, Guid measureId, Action<MeasureAssessment> change, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, key, measureId, cancellationToken))
        {
            return NotFound();
        }

        try
        {
            var assessment = await db.MeasureAssessments.SingleOrDefaultAsync(a => a.PeriodId == Period.Id && a.MeasureId == measureId, cancellationToken);
            if (assessment is null)
            {
                // Someone else's first assessment meanwhile would fail the unique index; an
                // expected version with no record means it was never there to expect.
                if (Version is not null)
                {
                    throw StaleRecord.Refusal();
                }

                var period = await db.ReportingPeriods.SingleAsync(p => p.Id == Period.Id, cancellationToken);
                assessment = new MeasureAssessment(period, measureId);
                db.MeasureAssessments.Add(assessment);
            }
            else
            {
                db.ExpectVersion(assessment, Version ?? -1);
            }

            change(assessment);
            await db.SaveChangesAsync(cancellationToken);
            return Redirect($"/programmes/{id}/periods/{Period.Key}/measures/{measureId}");
        }
        catch (DomainException e)
        {
            ModelState.AddModelError(string.Empty, e.Message);
        }
        catch (DbUpdateException)
        {
            ModelState.AddModelError(string.Empty, StaleRecord.Message);
        }

        db.ChangeTracker.Clear();
        return Page();
    }

    private async Task<bool> LoadAsync(Guid id, string key, Guid measureId, CancellationToken cancellationToken)
    {
        var period = await PeriodLookup.FindAsync(db, id, key, cancellationToken);
        var measure = await db.Measures.Where(m => m.Id == measureId && db.Directions.Any(d => d.Id == m.DirectionId && d.ProgrammeId == id))
            .Select(m => new { m.Number, m.Text }).SingleOrDefaultAsync(cancellationToken);
        if (period is null || measure is null)
        {
            return false;
        }

        db.Entry(period).State = EntityState.Detached;
        Period = period;
        (MeasureNumber, MeasureText) = (measure.Number, measure.Text);
        var accepted = await db.Obligations.Where(o => o.PeriodId == period.Id && o.MeasureId == measureId && o.WithdrawnAtUtc == null)
            .Join(db.Reports.Where(r => r.State == ReportState.Accepted), o => o.Id, r => r.ObligationId, (o, r) => new AcceptedStatus(o.IsLead, r.Status))
            .ToListAsync(cancellationToken);
        DerivedStatus = MeasureStatusRule.Derive(accepted, null);
        Externals = await db.MeasureExecutors.Where(e => e.MeasureId == measureId && (e.ConsentRequired || e.OrgUnit.Kind == ExecutorKind.External))
            .OrderBy(e => e.OrgUnit.Name).Select(e => new ExternalParty(e.OrgUnitId, e.OrgUnit.Name)).ToListAsync(cancellationToken);
        return true;
    }
}
