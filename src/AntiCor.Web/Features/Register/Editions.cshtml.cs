using AntiCor.Core.Data;
using AntiCor.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace AntiCor.Web.Features.Register;

/// <summary>Every edition of a programme, newest first, with the act each change was made under. Public.</summary>
public sealed class EditionsModel(AppDbContext db, ProgrammeVisibility visibility) : PageModel
{
    public sealed record Row(int Number, DateTime CreatedAtUtc, string CreatedBy, string Summary, string? ActKind, string? ActNumber, DateOnly? ActDate, string? ActTitle);

    public string ProgrammeTitle { get; private set; } = "";
    public IReadOnlyList<Row> Rows { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        var title = await visibility.Programmes(db).Where(p => p.Id == id).Select(p => p.Title).SingleOrDefaultAsync(cancellationToken);
        if (title is null)
        {
            return NotFound();
        }

        ProgrammeTitle = title;
        Rows = await db.ProgrammeEditions.AsNoTracking().Where(e => e.ProgrammeId == id).OrderByDescending(e => e.Number)
            .Select(e => new Row(e.Number, e.CreatedAtUtc, e.CreatedBy, e.Summary, e.Act!.Kind, e.Act.Number, e.Act.Date, e.Act.Title))
            .ToListAsync(cancellationToken);
        return Page();
    }
}
