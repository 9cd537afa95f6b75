using AntiCor.Web.Infrastructure;
using AntiCor.Core.Audit;
using AntiCor.Core.Audit.Keys;
using AntiCor.Core.Data;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace AntiCor.Web.Features.Audit;

/// <summary>The audit trail for auditors and the head: filters and paging in the query string, and a chain check.</summary>
[Authorize(Policies.AuditTrail)]
public sealed class IndexModel(AppDbContext db, TimeProvider time, AuditKeys keys, AuditWitness witness) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "from")]
    public string? From { get; set; }

    [BindProperty(SupportsGet = true, Name = "to")]
    public string? To { get; set; }

    [BindProperty(SupportsGet = true, Name = "actor")]
    public string? Actor { get; set; }

    [BindProperty(SupportsGet = true, Name = "action")]
    public string? ActionName { get; set; }

    [BindProperty(SupportsGet = true, Name = "type")]
    public string? EntityType { get; set; }

    [BindProperty(SupportsGet = true, Name = "entity")]
    public string? EntityId { get; set; }

    // Not "page": Razor Pages keeps that name for the page's own route value.
    [BindProperty(SupportsGet = true, Name = "p")]
    public int PageNumber { get; set; } = 1;

    public AuditBrowseQuery.Result Data { get; private set; } = null!;

    public IReadOnlyList<string> EntityTypes { get; private set; } = [];

    public VerifyOutcome? Verification { get; private set; }

    public AuditBrowseQuery.Filter Filter => new(From, To, Actor, ActionName, EntityType, EntityId, PageNumber);

    public Task OnGetAsync(CancellationToken cancellationToken) => LoadAsync(cancellationToken);

    public async Task OnPostVerifyAsync(CancellationToken cancellationToken)
    {
        Verification = await VerifyOutcome.RunAsync(db, time, keys, witness, cancellationToken);
        await LoadAsync(cancellationToken);
    }

    /// <summary>The query string of this view of the trail on another page of results.</summary>
    public Dictionary<string, string?> RouteFor(int page) => new()
    {
        ["from"] = From, ["to"] = To, ["actor"] = Actor, ["action"] = ActionName, ["type"] = EntityType, ["entity"] = EntityId,
        ["p"] = page.ToString(System.Globalization.CultureInfo.InvariantCulture),
    };

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        Data = await AuditBrowseQuery.RunAsync(db, Filter, cancellationToken);
        foreach (var (key, message) in Data.Errors)
        {
            ModelState.AddModelError(key, message);
        }

        EntityTypes = await AuditBrowseQuery.EntityTypesAsync(db, cancellationToken);
    }
}

/// <summary>
/// The chain recomputed with the key against the checkpoints stored so far and the newest witnessed
/// outside the database: the witness is what catches a table emptied together with its checkpoints.
/// </summary>
public sealed record VerifyOutcome(AuditVerification Result, int CheckpointCount)
{
    public static async Task<VerifyOutcome> RunAsync(AppDbContext db, TimeProvider time, AuditKeys keys, AuditWitness witness, CancellationToken cancellationToken)
    {
        var trail = new AuditTrail(db, time, keys);
        var stored = await trail.CheckpointsAsync(cancellationToken);
        // The witness first: where both name a length, the copy outside the database wins.
        var checkpoints = witness.Newest(keys.Signing.PublicKeyPem()).Concat(stored).DistinctBy(c => (c.ChainId, c.Count)).ToList();
        return new VerifyOutcome(await trail.VerifyAsync(checkpoints, cancellationToken), checkpoints.Count);
    }
}
