using System.ComponentModel.DataAnnotations;
using AntiCor.Core.Data;
using AntiCor.Core.Security;
using AntiCor.Web.Features.Account;
using AntiCor.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace AntiCor.Web.Features.Admin.Users;

/// <summary>
/// A new account without a usable password and an invitation e-mail to set one: the
/// administrator never sees a credential of the account they create (separation of duties).
/// </summary>
public sealed class CreateModel(AccountProvisioning provisioning, Invitations invitations, AppDbContext db, CurrentUser currentUser) : PageModel
{
    [BindProperty]
    public CreateInput Input { get; set; } = new();

    public IReadOnlyList<(Guid Id, string Name)> Units { get; private set; } = [];

    public AppUser? Created { get; private set; }

    public async Task OnGetAsync() => await LoadUnitsAsync();

    public async Task<IActionResult> OnPostAsync()
    {
        await LoadUnitsAsync();
        if (!Roles.All.Contains(Input.Role))
        {
            ModelState.AddModelError("Input.Role", UsersText.RoleRequired);
        }

        if (Input.Role == Roles.Executor && Input.UnitId is null)
        {
            ModelState.AddModelError("Input.UnitId", UsersText.ExecutorNeedsUnit);
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        try
        {
            Created = await provisioning.CreateWithoutPasswordAsync(Input.Email, Input.DisplayName, Input.Role, currentUser.OrganizationId, Input.UnitId, currentUser.Id);
        }
        catch (InvalidOperationException e)
        {
            ModelState.AddModelError("", e.Message);
            return Page();
        }

        await invitations.SendAsync(Request, Created, currentUser.OrganizationId);
        return Page();
    }

    private async Task LoadUnitsAsync() =>
        Units = [.. (await db.OrgUnits.AsNoTracking().OrderBy(u => u.Name).Select(u => new { u.Id, u.Name }).ToListAsync()).Select(u => (u.Id, u.Name))];

    public sealed class CreateInput
    {
        [Required(ErrorMessage = "Вкажіть адресу електронної пошти.")]
        [EmailAddress(ErrorMessage = "Це не схоже на адресу електронної пошти.")]
        [StringLength(256)]
        public string Email { get; set; } = "";

        [StringLength(AntiCor.Core.Data.Configurations.AppUserConfiguration.DisplayNameLength)]
        public string? DisplayName { get; set; }

        public string Role { get; set; } = Roles.Executor;

        public Guid? UnitId { get; set; }
    }
}
