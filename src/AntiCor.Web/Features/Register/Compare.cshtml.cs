using AntiCor.Core.Data;
using AntiCor.Core.Programmes;
using AntiCor.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace AntiCor.Web.Features.Register;

/// <summary>Two editions side by side: what each direction and measure was, and what it became. Public.</summary>
public sealed class CompareModel(AppDbContext db, ProgrammeVisibility visibility) : PageModel
{
    public int From { get; private set; }
    public int To { get; private set; }
    public IReadOnlyList<DiffLine> Lines { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid id, int? from, int? to, CancellationToken cancellationToken)
    {
        if (!await visibility.CanSeeAsync(db, id, cancellationToken))
        {
            return NotFound();
        }

        // Without a choice: the latest change, i.e. the edition before the last against the last.
        var latest = await db.ProgrammeEditions.Where(e => e.ProgrammeId == id).MaxAsync(e => (int?)e.Number, cancellationToken);
        if (latest is null)
        {
            return NotFound();
        }

        var fromNumber = from ?? Math.Max(1, latest.Value - 1);
        var toNumber = to ?? latest.Value;
        var editions = await db.ProgrammeEditions.AsNoTracking()
            .Where(e => e.ProgrammeId == id && (e.Number == fromNumber || e.Number == toNumber)).ToListAsync(cancellationToken);
        var before = editions.FirstOrDefault(e => e.Number == fromNumber);
        var after = editions.FirstOrDefault(e => e.Number == toNumber);
        if (before is null || after is null)
        {
            return NotFound();
        }

        From = fromNumber;
        To = toNumber;
        Lines = EditionDiff.Compare(visibility.ForDownload(Editions.Read(before)), visibility.ForDownload(Editions.Read(after))).Where(l => l.Kind != DiffKind.Unchanged).ToList();
        return Page();
    }
}
