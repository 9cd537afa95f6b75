using AntiCor.Core.Data;
using AntiCor.Core.Domain;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace AntiCor.Web.Features.Admin.Units;

/// <summary>One org unit: rename it (the old name stays a known spelling) or add a spelling seen in documents.</summary>
public sealed class DetailsModel(AppDbContext db) : PageModel
{
    public OrgUnit Unit { get; private set; } = null!;

    [BindProperty]
    public string? Name { get; set; }

    [BindProperty]
    public string? Alias { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }

        Name = Unit.Name;
        return Page();
    }

    public Task<IActionResult> OnPostRenameAsync(Guid id) => ChangeAsync(id, async unit =>
    {
        if (string.IsNullOrWhiteSpace(Name))
        {
            return UnitsText.NameAndOrganizationRequired;
        }

        var key = UnitNameKey.For(Name);
        var clash = await db.OrgUnits.Where(u => u.OrganizationId == unit.OrganizationId && u.Id != unit.Id).ToListAsync();
        if (clash.Any(u => u.IsKnownAs(key)))
        {
            return UnitsText.AlreadyExists;
        }

        unit.Rename(Name);
        return null;
    });

    public Task<IActionResult> OnPostAliasAsync(Guid id) => ChangeAsync(id, unit =>
    {
        if (string.IsNullOrWhiteSpace(Alias))
        {
            return Task.FromResult<string?>(UnitsText.AliasRequired);
        }

        unit.AddAlias(Alias);
        return Task.FromResult<string?>(null);
    });

    /// <summary>Applies a change and saves it (audited), or shows the reason it was refused.</summary>
    private async Task<IActionResult> ChangeAsync(Guid id, Func<OrgUnit, Task<string?>> change)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }

        var refusal = await change(Unit);
        if (refusal is not null)
        {
            ModelState.AddModelError(string.Empty, refusal);
            return Page();
        }

        await db.SaveChangesAsync();
        return Redirect($"/admin/units/{id}");
    }

    private async Task<bool> LoadAsync(Guid id)
    {
        var unit = await db.OrgUnits.FirstOrDefaultAsync(u => u.Id == id);
        Unit = unit!;
        return unit is not null;
    }
}
