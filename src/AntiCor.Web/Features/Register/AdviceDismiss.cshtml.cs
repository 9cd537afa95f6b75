using AntiCor.Core.Data;
using AntiCor.Core.Domain;
using AntiCor.Core.Programmes.Advice;
using AntiCor.Web.Infrastructure;
using AntiCor.Web.Infrastructure.Tenancy;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace AntiCor.Web.Features.Register;

/// <summary>
/// The coordinator dismisses one piece of advice about a measure (<see cref="MeasureAdvice"/>),
/// saying why; it is then no longer shown for that measure. Recorded in the audit trail.
/// </summary>
[Authorize(Policies.ProgrammeEditing)]
public sealed class AdviceDismissModel(AppDbContext db, CurrentUser currentUser, TimeProvider time) : PageModel
{
    [BindProperty]
    public string? Reason { get; set; }

    public string Number { get; private set; } = "";
    public string ProgrammeTitle { get; private set; } = "";
    public string Advice { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(Guid id, Guid measureId, MeasureAdviceKind kind, CancellationToken cancellationToken) =>
        await LoadAsync(id, measureId, kind, cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(Guid id, Guid measureId, MeasureAdviceKind kind, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, measureId, kind, cancellationToken))
        {
            return NotFound();
        }

        if (await db.MeasureAdviceDismissals.AnyAsync(d => d.MeasureId == measureId && d.Kind == kind, cancellationToken))
        {
            return Redirect(Back(id));
        }

        try
        {
            var organization = await db.Measures.Where(m => m.Id == measureId).Select(m => m.OrganizationId).SingleAsync(cancellationToken);
            db.MeasureAdviceDismissals.Add(new MeasureAdviceDismissal(organization, measureId, kind, Reason ?? "", currentUser.Id ?? Guid.Empty, time.GetUtcNow().UtcDateTime));
        }
        catch (DomainException e)
        {
            ModelState.AddModelError(nameof(Reason), e.Message);
            return Page();
        }

        await db.SaveChangesAsync(cancellationToken);
        return Redirect(Back(id));
    }

    private string Back(Guid programmeId) => $"{HttpContext.PublicBase()}/programmes/{programmeId}#measure-{Number}";

    // The measure must belong to the programme named, in the request's organisation (the tenant filter), and the kind must be one we know.
    private async Task<bool> LoadAsync(Guid id, Guid measureId, MeasureAdviceKind kind, CancellationToken cancellationToken)
    {
        if (!Enum.IsDefined(kind))
        {
            return false;
        }

        var found = await db.Measures.AsNoTracking()
            .Where(m => m.Id == measureId && db.Directions.Any(d => d.Id == m.DirectionId && d.ProgrammeId == id))
            .Select(m => new { m.Number, Programme = db.Programmes.Where(p => p.Id == id).Select(p => p.Title).Single() })
            .SingleOrDefaultAsync(cancellationToken);
        if (found is null)
        {
            return false;
        }

        (Number, ProgrammeTitle, Advice) = (found.Number, found.Programme, MeasureAdvice.Text(kind));
        return true;
    }
}
