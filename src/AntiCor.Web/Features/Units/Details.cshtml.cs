using AntiCor.Core.Data;
using AntiCor.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace AntiCor.Web.Features.Units;

public sealed class DetailsModel(AppDbContext db, ProgrammeVisibility visibility, TimeProvider time) : PageModel
{
    public bool IsStaff => visibility.IsStaff;

    public UnitDetailsQuery.Result Data { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        var data = await UnitDetailsQuery.RunAsync(db, visibility.Programmes(db), id, AntiCor.Core.Domain.KyivTime.Today(time), cancellationToken);
        if (data is null)
        {
            return NotFound();
        }

        Data = data;
        return Page();
    }
}
