using AntiCor.Core.Domain;
using AntiCor.Core.Audit;
using AntiCor.Core.Audit.Keys;
using AntiCor.Core.Data;
using AntiCor.Web.Infrastructure;
using AntiCor.Web.Jobs;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace AntiCor.Web.Features.Audit;

/// <summary>"Publish now" for the coordinator, the auditor and the head, besides the hourly job.</summary>
[Authorize(Policies.AuditTrail)]
public sealed class PublishModel(AppDbContext db, TimeProvider time, AuditKeys keys, AuditWitness witness) : PageModel
{
    public CheckpointsModel.Item? Latest { get; private set; }

    /// <summary>After a POST: the checkpoint now at the head, whether it is new, or null for an empty trail.</summary>
    public (CheckpointsModel.Item Item, bool IsNew)? Outcome { get; private set; }

    public bool Posted { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken) => Latest = Show(await CheckpointPublisher.LatestAsync(db, cancellationToken));

    public async Task OnPostAsync(CancellationToken cancellationToken)
    {
        Posted = true;
        var before = await CheckpointPublisher.LatestAsync(db, cancellationToken);
        var published = await CheckpointPublisher.PublishAsync(db, time, keys, witness, cancellationToken);
        await WitnessMail.QueueAsync(HttpContext.RequestServices, published, cancellationToken);
        var checkpoint = published.FirstOrDefault(c => c.ChainId == db.Tenant.OrganizationId) ?? published.FirstOrDefault();
        if (checkpoint is not null)
        {
            Outcome = (new CheckpointsModel.Item(KyivTime.FromUtc(checkpoint.AtUtc), checkpoint.Count, checkpoint.HeadHash), before?.Count != checkpoint.Count);
        }

        Latest = Show(await CheckpointPublisher.LatestAsync(db, cancellationToken));
    }

    private static CheckpointsModel.Item? Show(AuditCheckpointData? c) =>
        c is null ? null : new CheckpointsModel.Item(KyivTime.FromUtc(c.AtUtc), c.Count, c.HeadHash);
}
