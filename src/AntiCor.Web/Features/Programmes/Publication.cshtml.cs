using AntiCor.Core.Data;
using AntiCor.Web.Infrastructure;
using AntiCor.Web.Infrastructure.Tenancy;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace AntiCor.Web.Features.Programmes;

/// <summary>
/// The coordinator opens a reviewed programme to the public, or takes it back to a draft (e.g.
/// published by mistake). The change of the programme is in the audit trail like any other.
/// </summary>
[Authorize(Policy = Policies.ProgrammeEditing)]
public sealed class PublicationModel(AppDbContext db, TimeProvider time) : PageModel
{
    public Guid Id { get; private set; }

    public string Title { get; private set; } = "";

    public DateTime? PublishedAtUtc { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        var found = await db.Programmes.AsNoTracking().Where(p => p.Id == id)
            .Select(p => new { p.Id, p.Title, p.PublishedAtUtc }).SingleOrDefaultAsync(cancellationToken);
        if (found is null)
        {
            return NotFound();
        }

        (Id, Title, PublishedAtUtc) = (found.Id, found.Title, found.PublishedAtUtc);
        return Page();
    }

    public Task<IActionResult> OnPostPublishAsync(Guid id, CancellationToken cancellationToken) =>
        ChangeAsync(id, p => p.Publish(time.GetUtcNow().UtcDateTime), cancellationToken);

    public Task<IActionResult> OnPostUnpublishAsync(Guid id, CancellationToken cancellationToken) =>
        ChangeAsync(id, p => p.Unpublish(), cancellationToken);

    private async Task<IActionResult> ChangeAsync(Guid id, Action<Core.Domain.Programme> change, CancellationToken cancellationToken)
    {
        // Tenant-filtered: another organisation's programme is not found.
        var programme = await db.Programmes.SingleOrDefaultAsync(p => p.Id == id, cancellationToken);
        if (programme is null)
        {
            return NotFound();
        }

        change(programme);
        await db.SaveChangesAsync(cancellationToken);
        return Redirect($"{HttpContext.PublicBase()}/programmes/{id}");
    }
}
