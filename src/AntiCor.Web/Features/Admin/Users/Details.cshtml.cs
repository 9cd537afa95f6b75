using AntiCor.Core.Data;
using AntiCor.Core.Security;
using AntiCor.Web.Features.Account;
using AntiCor.Web.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace AntiCor.Web.Features.Admin.Users;

public sealed class DetailsModel(UserManager<AppUser> users, AppDbContext db, TimeProvider time, CurrentUser currentUser, Invitations invitations, RoleGrantWorkflow grants) : PageModel
{
    public AppUser? Account { get; private set; }
    public IReadOnlyList<string> UserRoles { get; private set; } = [];
    public IReadOnlyList<string> PendingRoles { get; private set; } = [];
    public IReadOnlyList<(Guid Id, string Name)> BoundUnits { get; private set; } = [];
    public IReadOnlyList<(Guid Id, string Name)> AllUnits { get; private set; } = [];
    public bool Locked { get; private set; }
    public bool IsSelf { get; private set; }
    public bool HasPassword { get; private set; }

    [TempData]
    public string? Message { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid id) => await LoadAsync(id) ? Page() : NotFound();

    public Task<IActionResult> OnPostGrantAsync(Guid id, string role) => Apply(id, a => a.ChangeRoleAsync(User, id, role, grant: true));

    public Task<IActionResult> OnPostRevokeAsync(Guid id, string role) => Apply(id, a => a.ChangeRoleAsync(User, id, role, grant: false));

    public Task<IActionResult> OnPostBindAsync(Guid id, Guid unitId) => Apply(id, a => a.ChangeUnitAsync(User, id, unitId, bind: true));

    public Task<IActionResult> OnPostUnbindAsync(Guid id, Guid unitId) => Apply(id, a => a.ChangeUnitAsync(User, id, unitId, bind: false));

    public Task<IActionResult> OnPostLockAsync(Guid id) => Apply(id, a => a.SetLockedAsync(User, id, locked: true));

    public Task<IActionResult> OnPostUnlockAsync(Guid id) => Apply(id, a => a.SetLockedAsync(User, id, locked: false));

    /// <summary>A new invitation for an account whose holder has not set a password yet; the old link stays valid until one is set.</summary>
    public async Task<IActionResult> OnPostResendInvitationAsync(Guid id)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }

        if (HasPassword)
        {
            ModelState.AddModelError("", UsersText.PasswordAlreadySet);
            return Page();
        }

        await invitations.SendAsync(Request, Account!, currentUser.OrganizationId);
        Message = UsersText.InvitationSent(Account!.Email);
        return RedirectToPage(new { id });
    }

    private async Task<IActionResult> Apply(Guid id, Func<UserAdministration, Task<string?>> change)
    {
        var error = await change(new UserAdministration(users, db, currentUser.OrganizationId!.Value, grants));
        if (error is not null)
        {
            ModelState.AddModelError("", error);
            return await LoadAsync(id) ? Page() : NotFound();
        }

        Message = UsersText.Saved;
        return RedirectToPage(new { id });
    }

    private async Task<bool> LoadAsync(Guid id)
    {
        var organization = currentUser.OrganizationId!.Value;
        Account = await UserAdministration.IsMemberAsync(db, organization, id) ? await users.FindByIdAsync(id.ToString()) : null;
        if (Account is null)
        {
            return false;
        }

        UserRoles = [.. (await db.Memberships.Where(m => m.UserId == id && m.OrganizationId == organization).Select(m => m.Role).ToListAsync()).Order()];
        PendingRoles = await db.RoleGrants.Where(g => g.UserId == id && g.OrganizationId == organization && g.State == RoleGrantState.Pending).Select(g => g.Role).ToListAsync();
        Locked = await users.IsLockedOutAsync(Account) || Account.LockoutEnd > time.GetUtcNow();
        IsSelf = users.GetUserId(User) == id.ToString();
        HasPassword = await users.HasPasswordAsync(Account);
        var units = await db.OrgUnits.AsNoTracking().OrderBy(u => u.Name).Select(u => new { u.Id, u.Name }).ToListAsync();
        var bound = await db.UserUnits.Where(x => x.UserId == id).Select(x => x.OrgUnitId).ToListAsync();
        AllUnits = [.. units.Select(u => (u.Id, u.Name))];
        BoundUnits = [.. units.Where(u => bound.Contains(u.Id)).Select(u => (u.Id, u.Name))];
        return true;
    }
}
