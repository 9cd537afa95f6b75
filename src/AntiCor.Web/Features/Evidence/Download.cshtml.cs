using AntiCor.Core.Data;
using AntiCor.Core.Security;
using AntiCor.Web.Features.My;
using AntiCor.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace AntiCor.Web.Features.Evidence;

/// <summary>
/// A report's evidence file, as a download (<c>Content-Disposition: attachment</c>, the type its
/// content was recognised as). Found through the tenant-owned report, so another organisation's
/// file is simply not found; an executor gets only their own units' reports.
/// </summary>
[Authorize(Policy = Policies.EvidenceDownload)]
public sealed class DownloadModel(AppDbContext db, EvidenceStore store, CurrentUser currentUser) : PageModel
{
    public async Task<IActionResult> OnGetAsync(Guid reportId, Guid evidenceId, CancellationToken cancellationToken)
    {
        var found = await db.Reports.AsNoTracking().Where(r => r.Id == reportId)
            .Join(db.Obligations, r => r.ObligationId, o => o.Id, (r, o) => new { Report = r, o.OrgUnitId })
            .FirstOrDefaultAsync(cancellationToken);
        var evidence = found?.Report.Evidence.FirstOrDefault(e => e.Id == evidenceId && e.IsFile);
        if (found is null || evidence is null)
        {
            return NotFound();
        }

        var department = currentUser.IsInRole(Roles.Coordinator) || currentUser.IsInRole(Roles.Head) || currentUser.IsInRole(Roles.Auditor);
        if (!department && !(await currentUser.UnitsAsync(cancellationToken)).Contains(found.OrgUnitId))
        {
            return Forbid();
        }

        var bytes = await store.ReadAsync(evidence.ContentSha256!, cancellationToken);
        return bytes is null ? NotFound() : File(bytes, evidence.MediaType ?? "application/octet-stream", evidence.FileName ?? evidence.ContentSha256);
    }
}
