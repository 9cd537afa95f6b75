using System.ComponentModel.DataAnnotations;
using AntiCor.Core.Data;
using AntiCor.Core.Security;
using AntiCor.Web.Features.Account;
using AntiCor.Web.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace AntiCor.Web.Features.Admin.Users;

/// <summary>A new account: its one-time password shown here once, or an invitation e-mail with a link to set one.</summary>
public sealed class CreateModel(AccountProvisioning provisioning, UserManager<AppUser> users, IMailSender mail, AppDbContext db, CurrentUser currentUser) : PageModel
{
    [BindProperty]
    public CreateInput Input { get; set; } = new();

    public IReadOnlyList<(Guid Id, string Name)> Units { get; private set; } = [];

    public ProvisionedUser? Created { get; private set; }

    public bool Invited { get; private set; }

    public async Task OnGetAsync() => await LoadUnitsAsync();

    public async Task<IActionResult> OnPostAsync()
    {
        await LoadUnitsAsync();
        if (!Roles.All.Contains(Input.Role))
        {
            ModelState.AddModelError("Input.Role", "Оберіть роль.");
        }

        if (Input.Role == Roles.Executor && Input.UnitId is null)
        {
            ModelState.AddModelError("Input.UnitId", "Виконавцю потрібен підрозділ.");
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        try
        {
            Created = await provisioning.CreateAsync(Input.Email, Input.DisplayName, Input.Role, currentUser.OrganizationId, Input.UnitId);
        }
        catch (InvalidOperationException e)
        {
            ModelState.AddModelError("", e.Message);
            return Page();
        }

        if (Input.SendInvitation)
        {
            await ForgotPasswordModel.SendResetLinkAsync(users, mail, Request, Created.User, "Запрошення до АнтиКор",
                "Для вас створено обліковий запис в АнтиКор. Щоб встановити пароль, відкрийте посилання:");
            Invited = true;
        }

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

        public bool SendInvitation { get; set; }
    }
}
