using AntiCor.Core.Data;
using AntiCor.Core.Domain;
using AntiCor.Core.Mail;
using AntiCor.Core.Reporting;
using AntiCor.Web.Features.Shared;
using AntiCor.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace AntiCor.Web.Features.Review;

/// <summary>
/// One report version as the department reviews it: content, indicator values, evidence and the
/// other versions; accepting it (with an optional comment) or returning it (comment required),
/// either way telling the unit's executors by e-mail in the same save.
/// </summary>
[Authorize(Policies.ReportReview)]
public sealed class ReviewModel(AppDbContext db, IOutbox outbox, TimeProvider time, CurrentUser user) : PageModel
{
    public sealed record IndicatorLine(string Name, string UnitOfMeasure, decimal Value);

    public sealed record EvidenceLine(Guid Id, string? Url, string? Title, string? FileName, long? Size, bool IsPublic);

    public sealed record VersionLine(Guid Id, int Number, ReportState State, DateTime? SubmittedAtUtc, int DaysLate, string? ReviewComment);

    [BindProperty]
    public string? Comment { get; set; }

    /// <summary>The evidence the coordinator ticked to show on the portal with the published report.</summary>
    [BindProperty]
    public List<Guid> PublicEvidence { get; set; } = [];

    /// <summary>The report's version when the page was opened: a decision over a newer one is refused.</summary>
    [BindProperty]
    public int Version { get; set; }

    public Report Report { get; private set; } = null!;

    public Guid ProgrammeId { get; private set; }

    public string PeriodKeyText { get; private set; } = "";

    public string PeriodLabel { get; private set; } = "";

    public string MeasureNumber { get; private set; } = "";

    public string MeasureText { get; private set; } = "";

    public string UnitName { get; private set; } = "";

    public bool IsExternal { get; private set; }

    public IReadOnlyList<IndicatorLine> Indicators { get; private set; } = [];

    public IReadOnlyList<EvidenceLine> Evidence { get; private set; } = [];

    public IReadOnlyList<VersionLine> Versions { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid reportId, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(reportId, cancellationToken))
        {
            return NotFound();
        }

        Version = Report.Version;
        return Page();
    }

    public Task<IActionResult> OnPostAcceptAsync(Guid reportId, CancellationToken cancellationToken) =>
        DecideAsync(reportId, (obligation, report, by, now) => obligation.Accept(report, Comment, by, now), cancellationToken);

    public Task<IActionResult> OnPostReturnAsync(Guid reportId, CancellationToken cancellationToken) =>
        DecideAsync(reportId, (obligation, report, by, now) => obligation.Return(report, Comment ?? "", by, now), cancellationToken);

    /// <summary>
    /// Opens an accepted report to the public measure card with the ticked evidence (the rest stays
    /// internal); again, to change which evidence is public. The public card names the executor
    /// unit only: not the author, the reviewer nor the department's comment.
    /// </summary>
    public Task<IActionResult> OnPostPublishAsync(Guid reportId, CancellationToken cancellationToken) =>
        PublicationAsync(reportId, report =>
        {
            report.Publish(time.GetUtcNow().UtcDateTime);
            foreach (var evidence in report.Evidence)
            {
                evidence.Publish(PublicEvidence.Contains(evidence.Id));
            }
        }, cancellationToken);

    public Task<IActionResult> OnPostUnpublishAsync(Guid reportId, CancellationToken cancellationToken) =>
        PublicationAsync(reportId, report => report.Unpublish(), cancellationToken);

    private Task<IActionResult> PublicationAsync(Guid reportId, Action<Report> change, CancellationToken cancellationToken) =>
        ChangeAsync(reportId, report =>
        {
            change(report);
            return Task.CompletedTask;
        }, cancellationToken);

    private Task<IActionResult> DecideAsync(Guid reportId, Action<Obligation, Report, Guid, DateTime> decide, CancellationToken cancellationToken) =>
        ChangeAsync(reportId, async report =>
        {
            var obligation = await db.Obligations.SingleAsync(o => o.Id == report.ObligationId, cancellationToken);
            decide(obligation, report, user.Id ?? Guid.Empty, time.GetUtcNow().UtcDateTime);
            var facts = await db.Measures.Where(m => m.Id == obligation.MeasureId).Select(m => m.Number).SingleAsync(cancellationToken);
            var period = await db.ReportingPeriods.Where(p => p.Id == obligation.PeriodId).Select(p => p.Key).SingleAsync(cancellationToken);
            var link = $"{Request.Scheme}://{Request.Host}{Request.PathBase}/my/obligations/{obligation.Id}/report";
            if (!obligation.IsExternal)
            {
                await new ReviewLetters(db, outbox).QueueAsync(obligation, report, facts, PeriodKey.Parse(period).Label, link, cancellationToken);
            }
        }, cancellationToken);

    /// <summary>One change of a report under the version the page was opened on, saved in one go; a refusal shows the page again with its message.</summary>
    private async Task<IActionResult> ChangeAsync(Guid reportId, Func<Report, Task> change, CancellationToken cancellationToken)
    {
        // Tenant-filtered: another organisation's report is simply not there.
        var report = await db.Reports.SingleOrDefaultAsync(r => r.Id == reportId, cancellationToken);
        if (report is null)
        {
            return NotFound();
        }

        try
        {
            db.ExpectVersion(report, Version);
            await change(report);
            await db.SaveChangesAsync(cancellationToken);
            return Redirect($"/reports/{report.Id}/review");
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
        await LoadAsync(reportId, cancellationToken);
        return Page();
    }

    private async Task<bool> LoadAsync(Guid reportId, CancellationToken cancellationToken)
    {
        var report = await db.Reports.AsNoTracking().Include(r => r.IndicatorValues).Include(r => r.Evidence)
            .SingleOrDefaultAsync(r => r.Id == reportId, cancellationToken);
        if (report is null)
        {
            return false;
        }

        Report = report;
        var facts = await db.Obligations.Where(o => o.Id == report.ObligationId)
            .Join(db.Measures, o => o.MeasureId, m => m.Id, (o, m) => new { o, m })
            .Join(db.ReportingPeriods, x => x.o.PeriodId, p => p.Id, (x, p) => new { x.o, x.m, p })
            .Join(db.OrgUnits, x => x.o.OrgUnitId, u => u.Id, (x, u) => new
            {
                x.p.ProgrammeId, x.p.Key, x.m.Number, x.m.Text, UnitName = u.Name, x.o.IsExternal,
            })
            .SingleAsync(cancellationToken);
        (ProgrammeId, PeriodKeyText, MeasureNumber, MeasureText, UnitName, IsExternal) = (facts.ProgrammeId, facts.Key, facts.Number, facts.Text, facts.UnitName, facts.IsExternal);
        PeriodLabel = Wording.PeriodLabel(PeriodKey.Parse(facts.Key));

        var indicatorIds = report.IndicatorValues.Select(v => v.IndicatorId).ToList();
        var indicators = await db.Indicators.Where(i => indicatorIds.Contains(i.Id))
            .Select(i => new { i.Id, i.Name, i.UnitOfMeasure, i.Position }).ToListAsync(cancellationToken);
        Indicators = [.. report.IndicatorValues.Join(indicators, v => v.IndicatorId, i => i.Id, (v, i) => (i.Position, Line: new IndicatorLine(i.Name, i.UnitOfMeasure, v.Value)))
            .OrderBy(x => x.Position).Select(x => x.Line)];
        Evidence = [.. report.Evidence.Select(e => new EvidenceLine(e.Id, e.Url, e.Title, e.FileName, e.Size, e.IsPublic))];
        Versions = await db.Reports.Where(r => r.ObligationId == report.ObligationId).OrderByDescending(r => r.Number)
            .Select(r => new VersionLine(r.Id, r.Number, r.State, r.SubmittedAtUtc, r.DaysLate, r.ReviewComment)).ToListAsync(cancellationToken);
        return true;
    }
}
