using AntiCor.Core.Data;
using AntiCor.Core.Security;
using AntiCor.Web.Features.Shared;
using AntiCor.Web.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace AntiCor.Web.Features.Account;

/// <summary>
/// Which organisation a person acts for, when they work for several (a council and its communal
/// enterprise): the choice is kept on the account and the cookie is issued anew with that
/// organisation's roles. A deployment administrator may choose any organisation.
/// </summary>
public sealed class OrganizationModel(SignInManager<AppUser> signIn, AppDbContext db, CurrentUser currentUser) : PageModel
{
    public sealed record Choice(Guid Id, string Name, string Slug, IReadOnlyList<string> Roles);

    public IReadOnlyList<Choice> Choices { get; private set; } = [];

    public Guid? Current => currentUser.OrganizationId;

    public async Task OnGetAsync() => Choices = await ChoicesAsync();

    public async Task<IActionResult> OnPostAsync(Guid organizationId)
    {
        Choices = await ChoicesAsync();
        if (Choices.All(c => c.Id != organizationId))
        {
            ModelState.AddModelError(string.Empty, AccountText.NotYourOrganization);
            return Page();
        }

        var user = await signIn.UserManager.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }

        user.CurrentOrganizationId = organizationId;
        await signIn.UserManager.UpdateAsync(user);
        await signIn.RefreshSignInAsync(user);
        return Redirect("/o/" + Choices.Single(c => c.Id == organizationId).Slug);
    }

    private async Task<IReadOnlyList<Choice>> ChoicesAsync()
    {
        var id = currentUser.Id;
        var memberships = await db.Memberships.AsNoTracking().Where(m => m.UserId == id).ToListAsync();
        var organizations = await db.Organizations.AsNoTracking()
            .Where(o => currentUser.IsDeploymentAdministrator || memberships.Select(m => m.OrganizationId).Contains(o.Id))
            .OrderBy(o => o.Name).Select(o => new { o.Id, o.Name, o.Slug }).ToListAsync();
        return [.. organizations.Select(o => new Choice(o.Id, o.Name, o.Slug,
            [.. memberships.Where(m => m.OrganizationId == o.Id).Select(m => RoleText.Of(m.Role)).Order()]))];
    }
}
