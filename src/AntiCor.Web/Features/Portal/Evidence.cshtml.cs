using AntiCor.Core.Data;
using AntiCor.Core.Reporting;
using AntiCor.Web.Features.My;
using AntiCor.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace AntiCor.Web.Features.Portal;

/// <summary>
/// An evidence file the coordinator opened to the public, downloaded without signing in: only of
/// a published accepted report of a programme the request may see; anything else is not found.
/// </summary>
public sealed class EvidenceModel(AppDbContext db, EvidenceStore store, ProgrammeVisibility visibility) : PageModel
{
    public async Task<IActionResult> OnGetAsync(Guid reportId, Guid evidenceId, CancellationToken cancellationToken)
    {
        var evidence = await (
            from r in db.Reports.AsNoTracking()
            where r.Id == reportId && r.PublishedAtUtc != null && r.State == ReportState.Accepted
            join o in db.Obligations on r.ObligationId equals o.Id
            where o.WithdrawnAtUtc == null
            join p in visibility.Programmes(db) on o.ProgrammeId equals p.Id
            from e in db.ReportEvidence
            where e.ReportId == r.Id && e.Id == evidenceId && e.IsPublic && e.ContentSha256 != null
            select new { e.ContentSha256, e.MediaType, e.FileName })
            .FirstOrDefaultAsync(cancellationToken);
        if (evidence is null)
        {
            return NotFound();
        }

        var bytes = await store.ReadAsync(evidence.ContentSha256!, cancellationToken);
        return bytes is null ? NotFound() : File(bytes, evidence.MediaType ?? "application/octet-stream", evidence.FileName ?? evidence.ContentSha256);
    }
}
