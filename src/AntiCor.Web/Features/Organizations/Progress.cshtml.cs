using AntiCor.Core.Data;
using AntiCor.Core.Domain;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace AntiCor.Web.Features.Organizations;

/// <summary>Organisations side by side (<see cref="ProgressQuery"/>), sortable by name, progress or on-time reporting; paged.</summary>
public sealed class ProgressModel(AppDbContext db, ProgressFigures figures, TimeProvider time) : PageModel
{
    public ProgressQuery.Result Result { get; private set; } = null!;

    public ProgressQuery.Sort Sort { get; private set; }

    public bool Descending { get; private set; }

    public async Task OnGetAsync(string? sort, bool desc, int page = 1, CancellationToken cancellationToken = default)
    {
        Sort = Enum.TryParse<ProgressQuery.Sort>(sort, ignoreCase: true, out var s) && Enum.IsDefined(s) ? s : ProgressQuery.Sort.Name;
        Descending = desc;
        Result = await ProgressQuery.RunAsync(db, figures, Sort, Descending, page, KyivTime.Today(time), cancellationToken);
    }

    /// <summary>The address that sorts by <paramref name="by"/>: the same column again flips the order.</summary>
    public string SortLink(ProgressQuery.Sort by) =>
        $"/organizations/progress?sort={by.ToString().ToLowerInvariant()}{(by == Sort && !Descending ? "&desc=true" : "")}";

    public string PageLink(int page) =>
        $"/organizations/progress?sort={Sort.ToString().ToLowerInvariant()}{(Descending ? "&desc=true" : "")}&page={page}";

    public string? AriaSort(ProgressQuery.Sort by) => by != Sort ? null : Descending ? "descending" : "ascending";
}
