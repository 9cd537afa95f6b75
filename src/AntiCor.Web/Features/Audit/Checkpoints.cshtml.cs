using AntiCor.Core.Domain;
using AntiCor.Core.Audit;
using AntiCor.Core.Data;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace AntiCor.Web.Features.Audit;

/// <summary>Public: the published heads of the audit chain, and how anyone can use them.</summary>
public sealed class CheckpointsModel(AppDbContext db) : PageModel
{
    public sealed record Item(DateTime AtKyiv, long Count, string HeadHash)
    {
        /// <summary>Whose chain: an organisation's name, or the deployment's own.</summary>
        public string Chain { get; init; } = CheckpointsText.SystemChain;
    }

    public IReadOnlyList<Item> Items { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var stored = await db.AuditCheckpoints.AsNoTracking().OrderByDescending(c => c.AtUtc).ThenByDescending(c => c.Count)
            .Select(c => new AuditCheckpointData(c.Count, c.HeadHash, c.AtUtc, c.ChainId)).ToListAsync(cancellationToken);
        var names = await db.Organizations.AsNoTracking().ToDictionaryAsync(o => o.Id, o => o.Name, cancellationToken);
        Items = [.. stored.Select(c => new Item(KyivTime.FromUtc(c.AtUtc), c.Count, c.HeadHash)
        {
            Chain = names.GetValueOrDefault(c.ChainId) ?? CheckpointsText.SystemChain,
        })];
    }
}
