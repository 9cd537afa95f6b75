using AntiCor.Core.Contracts;
using AntiCor.Core.Data;
using AntiCor.Core.Programmes;
using AntiCor.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace AntiCor.Web.Features.Register;

/// <summary>One earlier edition of a programme, as it then stood. Public.</summary>
public sealed class EditionModel(AppDbContext db, ProgrammeVisibility visibility) : PageModel
{
    public int Number { get; private set; }
    public ProgrammeDocument Document { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(Guid id, int number, CancellationToken cancellationToken)
    {
        if (!await visibility.CanSeeAsync(db, id, cancellationToken))
        {
            return NotFound();
        }

        var edition = await db.ProgrammeEditions.AsNoTracking().SingleOrDefaultAsync(e => e.ProgrammeId == id && e.Number == number, cancellationToken);
        if (edition is null)
        {
            return NotFound();
        }

        Number = number;
        Document = visibility.ForDownload(Editions.Read(edition));
        return Page();
    }
}
