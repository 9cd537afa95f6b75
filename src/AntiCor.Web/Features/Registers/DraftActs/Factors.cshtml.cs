using AntiCor.Core.Data;
using AntiCor.Core.Data.Configurations;
using AntiCor.Core.Registers;
using AntiCor.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace AntiCor.Web.Features.Registers.DraftActs;

/// <summary>The coordinator's catalogue of corruption-risk factors named in draft-act conclusions.</summary>
[Authorize(Policy = Policies.RegisterKeeping)]
public sealed class FactorsModel(AppDbContext db, CurrentUser currentUser) : PageModel
{
    public IReadOnlyList<string> Names { get; private set; } = [];

    [BindProperty]
    public string? NewName { get; set; }

    [TempData]
    public string? Notice { get; set; }

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var name = NewName?.Trim() ?? "";
        if (name.Length == 0)
        {
            ModelState.AddModelError(nameof(NewName), RegistersText.Required);
        }
        else if (name.Length > Limits.Name)
        {
            ModelState.AddModelError(nameof(NewName), RegistersText.TooLong);
        }
        else if (await db.RiskFactors.AnyAsync(f => f.Name == name, cancellationToken))
        {
            ModelState.AddModelError(nameof(NewName), DraftActsText.FactorTaken);
        }

        if (!ModelState.IsValid || currentUser.OrganizationId is not { } organization)
        {
            await LoadAsync(cancellationToken);
            return Page();
        }

        db.RiskFactors.Add(new RiskFactor(organization, name));
        await db.SaveChangesAsync(cancellationToken);
        Notice = DraftActsText.FactorAdded;
        return RedirectToPage();
    }

    private async Task LoadAsync(CancellationToken cancellationToken) =>
        Names = await db.RiskFactors.AsNoTracking().OrderBy(f => f.Name).Select(f => f.Name).ToListAsync(cancellationToken);
}
