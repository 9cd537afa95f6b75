using System.ComponentModel.DataAnnotations;
using AntiCor.Core.Data;
using AntiCor.Core.Domain;
using AntiCor.Core.Security;
using AntiCor.Core.Tenancy;
using AntiCor.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace AntiCor.Web.Features.Admin.Organizations;

/// <summary>
/// The deployment administrator's list of organisations and the form for a new one, created in
/// one transaction with its first organisation administrator, who is invited by e-mail: the
/// deployment administrator never sees a credential of the account.
/// </summary>
[Authorize(Policies.DeploymentAdministration)]
public sealed class IndexModel(AppDbContext db, AccountProvisioning provisioning, Features.Account.Invitations invitations) : PageModel
{
    public sealed record Row(Guid Id, string Slug, string Name, OrganizationKind Kind, string? Code, string? Parent);

    [BindProperty]
    public NewOrganizationInput Input { get; set; } = new();

    public IReadOnlyList<Row> Organizations { get; private set; } = [];

    public AppUser? FirstAdministrator { get; private set; }

    public string? CreatedSlug { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!ModelState.IsValid)
        {
            await LoadAsync(cancellationToken);
            return Page();
        }

        try
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            var organization = await new OrganizationRegistry(db).CreateAsync(
                new NewOrganization(Input.Name, Input.Code, Input.Slug, Input.Kind, Input.ParentSlug, Input.Katottg, Input.ContactEmail, Input.ContactName), cancellationToken);
            var administrator = await provisioning.CreateWithoutPasswordAsync(Input.AdministratorEmail, null, Roles.Administrator, organization.Id, null);
            await invitations.SendAsync(Request, administrator, organization.Id);
            await transaction.CommitAsync(cancellationToken);
            FirstAdministrator = administrator;
            CreatedSlug = organization.Slug;
        }
        catch (Exception e) when (e is DomainException or InvalidOperationException)
        {
            db.ChangeTracker.Clear();
            ModelState.AddModelError(string.Empty, e.Message);
        }

        await LoadAsync(cancellationToken);
        return Page();
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        var all = await db.Organizations.AsNoTracking().OrderBy(o => o.Name)
            .Select(o => new { o.Id, o.Slug, o.Name, o.Kind, o.Code, o.ParentId }).ToListAsync(cancellationToken);
        var names = all.ToDictionary(o => o.Id, o => o.Name);
        Organizations = [.. all.Select(o => new Row(o.Id, o.Slug, o.Name, o.Kind, o.Code, o.ParentId is { } p ? names.GetValueOrDefault(p) : null))];
    }

    public sealed class NewOrganizationInput
    {
        [Required(ErrorMessage = "Вкажіть назву організації.")]
        [StringLength(Core.Data.Configurations.Limits.Name)]
        public string Name { get; set; } = "";

        [Required(ErrorMessage = "Вкажіть код ЄДРПОУ.")]
        [RegularExpression("^[0-9]{8}$", ErrorMessage = EdrpouCode.Invalid)]
        public string Code { get; set; } = "";

        [StringLength(OrganizationSlug.MaxLength)]
        public string? Slug { get; set; }

        public OrganizationKind Kind { get; set; } = OrganizationKind.CityCouncil;

        public string? ParentSlug { get; set; }

        [StringLength(19)]
        public string? Katottg { get; set; }

        [EmailAddress(ErrorMessage = "Це не схоже на адресу електронної пошти.")]
        [StringLength(254)]
        public string? ContactEmail { get; set; }

        [StringLength(200, ErrorMessage = "Контактна особа — не довше за 200 символів.")]
        public string? ContactName { get; set; }

        [Required(ErrorMessage = "Вкажіть адресу першого адміністратора організації.")]
        [EmailAddress(ErrorMessage = "Це не схоже на адресу електронної пошти.")]
        [StringLength(256)]
        public string AdministratorEmail { get; set; } = "";
    }
}
