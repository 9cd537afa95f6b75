using AntiCor.Web.Infrastructure;
using AntiCor.Core.Data;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace AntiCor.Web.Features.Audit;

/// <summary>One entity's history in the audit trail, newest first.</summary>
[Authorize(Policies.AuditTrail)]
public sealed class EntityModel(AppDbContext db) : PageModel
{
    public string EntityType { get; private set; } = "";

    public string EntityId { get; private set; } = "";

    public AuditBrowseQuery.Result Data { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string type, string id, [FromQuery(Name = "p")] int page, CancellationToken cancellationToken)
    {
        (EntityType, EntityId) = (type, id);
        Data = await AuditBrowseQuery.RunAsync(db, new AuditBrowseQuery.Filter(EntityType: type, EntityId: id, Page: Math.Max(1, page)), cancellationToken);
        return Data.Rows.Count == 0 && Data.Page == 1 ? NotFound() : Page();
    }
}
