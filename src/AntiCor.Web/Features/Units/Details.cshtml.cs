using AntiCor.Core.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace AntiCor.Web.Features.Units;

public sealed class DetailsModel(AppDbContext db) : PageModel
{
    public UnitDetailsQuery.Result Data { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        var data = await UnitDetailsQuery.RunAsync(db, id, cancellationToken);
        if (data is null)
        {
            return NotFound();
        }

        Data = data;
        return Page();
    }
}
