using AntiCor.Core.Data;
using AntiCor.Core.Domain;
using AntiCor.Core.Security;
using AntiCor.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace AntiCor.Web.Features.Grants;

/// <summary>The organisation's pending grants of privileged roles, where the second person confirms or refuses them.</summary>
[Authorize(Policies.GrantConfirmation)]
public sealed class IndexModel(AppDbContext db, RoleGrantWorkflow grants, CurrentUser currentUser) : PageModel
{
    public sealed record Row(Guid Id, string User, string Role, string RequestedBy, DateTime RequestedAt, bool Decidable);

    public IReadOnlyList<Row> Pending { get; private set; } = [];

    [TempData]
    public string? Message { get; set; }

    public async Task OnGetAsync() => await LoadAsync();

    public Task<IActionResult> OnPostConfirmAsync(Guid grantId) => DecideAsync(grantId, confirm: true);

    public Task<IActionResult> OnPostRefuseAsync(Guid grantId) => DecideAsync(grantId, confirm: false);

    private async Task<IActionResult> DecideAsync(Guid grantId, bool confirm)
    {
        try
        {
            await grants.DecideAsync(grantId, currentUser.OrganizationId!.Value, currentUser.Id!.Value, confirm);
        }
        catch (DomainException e)
        {
            db.ChangeTracker.Clear();
            ModelState.AddModelError("", e.Message);
            await LoadAsync();
            return Page();
        }

        Message = confirm ? GrantsText.Granted : GrantsText.Refused;
        return RedirectToPage();
    }

    private async Task LoadAsync()
    {
        var organization = currentUser.OrganizationId!.Value;
        var me = currentUser.Id!.Value;
        var mayDecide = await grants.MayDecideAsync(me, organization);
        var rows = await (from g in db.RoleGrants
                          where g.OrganizationId == organization && g.State == RoleGrantState.Pending
                          join u in db.Users on g.UserId equals u.Id
                          join r in db.Users on g.RequestedById equals r.Id
                          orderby g.RequestedAt
                          select new { g.Id, g.UserId, User = u.Email!, g.Role, g.RequestedById, RequestedBy = r.Email!, g.RequestedAt }).ToListAsync();
        Pending = [.. rows.Select(g => new Row(g.Id, g.User, g.Role, g.RequestedBy, g.RequestedAt, mayDecide && g.RequestedById != me && g.UserId != me))];
    }
}
