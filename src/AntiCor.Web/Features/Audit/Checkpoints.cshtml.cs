using AntiCor.Core.Domain;
using AntiCor.Core.Audit;
using AntiCor.Core.Data;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace AntiCor.Web.Features.Audit;

/// <summary>Public: the published heads of the audit chain, and how anyone can use them.</summary>
public sealed class CheckpointsModel(AppDbContext db) : PageModel
{
    public sealed record Item(DateTime AtKyiv, long Count, string HeadHash);

    public IReadOnlyList<Item> Items { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var stored = await db.AuditCheckpoints.AsNoTracking().OrderByDescending(c => c.Count)
            .Select(c => new AuditCheckpointData(c.Count, c.HeadHash, c.AtUtc)).ToListAsync(cancellationToken);
        Items = stored.Select(c => new Item(KyivTime.FromUtc(c.AtUtc), c.Count, c.HeadHash)).ToList();
    }
}
