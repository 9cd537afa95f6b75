using AntiCor.Core.Data;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace AntiCor.Web.Features.Programmes;

public sealed class IndexModel(AppDbContext db) : PageModel
{
    public IReadOnlyList<ProgrammeListQuery.Row> Programmes { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Programmes = await ProgrammeListQuery.RunAsync(db, cancellationToken);
}
