using AntiCor.Core.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace AntiCor.Web.Features.Programmes;

public sealed class DetailsModel(AppDbContext db) : PageModel
{
    public ProgrammeDetailsQuery.Result Data { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        var data = await ProgrammeDetailsQuery.RunAsync(db, id, cancellationToken);
        if (data is null)
        {
            return NotFound();
        }

        Data = data;
        return Page();
    }
}
