using AntiCor.Web.Infrastructure.Tenancy;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace AntiCor.Web.Features.Portal;

/// <summary>Full-text search over the organisation's published measures and reports (<see cref="PortalSearch"/>), words highlighted.</summary>
public sealed class SearchModel(PortalSearch search) : PageModel
{
    public string? Query { get; private set; }

    public IReadOnlyList<PortalSearch.Hit> Hits { get; private set; } = [];

    public string? Problem { get; private set; }

    public async Task OnGetAsync(string? q, CancellationToken cancellationToken)
    {
        Query = q;
        if (string.IsNullOrWhiteSpace(q))
        {
            return;
        }

        if (q.Length > PortalSearch.MaxQueryLength)
        {
            Problem = PortalText.SearchTooLong;
            return;
        }

        if (PortalSearch.Words(q).Count == 0)
        {
            Problem = PortalText.SearchNoWords;
            return;
        }

        Hits = await search.FindAsync(HttpContext.Organization()!.Id, q, cancellationToken);
    }
}
