using AntiCor.Core.Data;
using AntiCor.Core.Domain;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace AntiCor.Web.Features.Organizations;

/// <summary>
/// The deployment's front page: a deployment of one organisation opens that organisation's
/// pages; one of many lists them, each under the oblast (or other parent) it belongs to.
/// </summary>
public sealed class IndexModel(AppDbContext db) : PageModel
{
    public sealed record Row(string Slug, string Name, OrganizationKind Kind, int Programmes);

    public sealed record Group(string? Parent, IReadOnlyList<Row> Organizations);

    public IReadOnlyList<Group> Groups { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        // Organisations and their published programmes are public; the count reads across tenants on purpose (drafts are not counted).
        var all = await db.Organizations.AsNoTracking()
            .OrderBy(o => o.Name)
            .Select(o => new
            {
                o.Id,
                o.ParentId,
                Row = new Row(o.Slug, o.Name, o.Kind, db.Programmes.IgnoreQueryFilters().Count(p => p.OrganizationId == o.Id && p.PublishedAtUtc != null)),
            })
            .ToListAsync(cancellationToken);
        if (all.Count == 1)
        {
            return Redirect("/o/" + all[0].Row.Slug);
        }

        var names = all.ToDictionary(o => o.Id, o => o.Row.Name);
        Groups = [.. all
            .GroupBy(o => o.ParentId is { } p && names.TryGetValue(p, out var n) ? n : null)
            .OrderBy(g => g.Key is null ? 0 : 1).ThenBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new Group(g.Key, [.. g.Select(o => o.Row)]))];
        return Page();
    }
}
