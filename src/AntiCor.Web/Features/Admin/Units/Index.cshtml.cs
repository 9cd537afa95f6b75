using AntiCor.Core.Data;
using AntiCor.Core.Domain;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace AntiCor.Web.Features.Admin.Units;

/// <summary>The org units executors are bound to: the administrator lists them and adds new ones.</summary>
public sealed class IndexModel(AppDbContext db) : PageModel
{
    public sealed record Row(Guid Id, string Name, ExecutorKind Kind, string Organization, int Aliases, int Measures);

    public IReadOnlyList<Row> Units { get; private set; } = [];
    public IReadOnlyList<(Guid Id, string Name)> Organizations { get; private set; } = [];

    [BindProperty]
    public string? Name { get; set; }

    [BindProperty]
    public ExecutorKind Kind { get; set; } = ExecutorKind.Unit;

    [BindProperty]
    public Guid OrganizationId { get; set; }

    public Task OnGetAsync() => LoadAsync();

    public async Task<IActionResult> OnPostAsync()
    {
        // Units are added to the administrator's own organisation, whatever the form says.
        OrganizationId = db.Tenant.OrganizationId ?? Guid.Empty;
        if (string.IsNullOrWhiteSpace(Name) || !await db.Organizations.AnyAsync(o => o.Id == OrganizationId))
        {
            ModelState.AddModelError(nameof(Name), UnitsText.NameAndOrganizationRequired);
            await LoadAsync();
            return Page();
        }

        var key = UnitNameKey.For(Name);
        var known = await db.OrgUnits.Where(u => u.OrganizationId == OrganizationId).ToListAsync();
        if (known.Any(u => u.IsKnownAs(key)))
        {
            ModelState.AddModelError(nameof(Name), UnitsText.AlreadyExists);
            await LoadAsync();
            return Page();
        }

        var unit = new OrgUnit(OrganizationId, Name, Kind);
        db.OrgUnits.Add(unit);
        await db.SaveChangesAsync();
        return Redirect($"/admin/units/{unit.Id}");
    }

    private async Task LoadAsync()
    {
        Units = await db.OrgUnits.AsNoTracking().OrderBy(u => u.Name)
            .Select(u => new Row(
                u.Id,
                u.Name,
                u.Kind,
                db.Organizations.Where(o => o.Id == u.OrganizationId).Select(o => o.Name).First(),
                u.Aliases.Count,
                db.MeasureExecutors.Count(e => e.OrgUnitId == u.Id)))
            .ToListAsync();
        Organizations = (await db.Organizations.AsNoTracking().Where(o => o.Id == db.Tenant.OrganizationId).Select(o => new { o.Id, o.Name }).ToListAsync())
            .Select(o => (o.Id, o.Name)).ToList();
    }
}
