using AntiCor.Core.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace AntiCor.Web.Features.My;

/// <summary>
/// An executor's obligations: the measures their units execute. A unit id in the address that is
/// not one of the user's units is refused with 403 — the check is on the resource, not only the role.
/// </summary>
public sealed class ObligationsModel(AppDbContext db, UserManager<AntiCor.Core.Security.AppUser> users) : PageModel
{
    public sealed record Obligation(Guid MeasureId, Guid ProgrammeId, string Number, string Text, string Term);

    public sealed record UnitObligations(Guid UnitId, string UnitName, IReadOnlyList<Obligation> Measures);

    public IReadOnlyList<UnitObligations> Units { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid? unitId)
    {
        if (!Guid.TryParse(users.GetUserId(User), out var userId))
        {
            return Challenge();
        }

        var mine = await db.UserUnits.Where(x => x.UserId == userId).Select(x => x.OrgUnitId).ToListAsync();
        if (unitId is { } requested && !mine.Contains(requested))
        {
            return Forbid();
        }

        var wanted = unitId is { } one ? [one] : mine;
        var units = await db.OrgUnits.AsNoTracking().Where(u => wanted.Contains(u.Id)).OrderBy(u => u.Name)
            .Select(u => new { u.Id, u.Name }).ToListAsync();
        var measures = await db.MeasureExecutors.Where(e => wanted.Contains(e.OrgUnitId))
            .Join(db.Measures, e => e.MeasureId, m => m.Id, (e, m) => new { UnitId = e.OrgUnitId, m.Id, m.Number, m.Text, m.DirectionId, Term = m.Term.Text })
            .Join(db.Directions, x => x.DirectionId, d => d.Id, (x, d) => new { x.UnitId, x.Id, x.Number, x.Text, x.Term, d.ProgrammeId })
            .ToListAsync();
        Units = [.. units.Select(u => new UnitObligations(u.Id, u.Name,
            [.. measures.Where(m => m.UnitId == u.Id).OrderBy(m => m.Number, StringComparer.Ordinal)
                .Select(m => new Obligation(m.Id, m.ProgrammeId, m.Number, m.Text, m.Term))]))];
        return Page();
    }
}
