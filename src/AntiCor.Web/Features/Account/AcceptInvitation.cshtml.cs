using AntiCor.Core.Audit;
using AntiCor.Core.Data;
using AntiCor.Core.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;

namespace AntiCor.Web.Features.Account;

/// <summary>
/// The invited user sets their first password. The link is refused once a password exists, and
/// setting it changes the security stamp the token was signed with, so it works once.
/// </summary>
[AllowAnonymous]
public sealed class AcceptInvitationModel(UserManager<AppUser> users, AppDbContext db) : PasswordLinkPage
{
    public static string InvalidLink => AccountText.InvitationInvalid;

    public async Task<IActionResult> OnPostAsync()
    {
        var user = UserId is { } id ? await users.FindByIdAsync(id.ToString()) : null;
        if (user is null || !await IsValidAsync(user))
        {
            ModelState.AddModelError("", InvalidLink);
            return Page();
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var result = await users.AddPasswordAsync(user, NewPassword);
        if (!result.Succeeded)
        {
            foreach (var error in result.Errors)
            {
                ModelState.AddModelError(nameof(NewPassword), error.Description);
            }

            return Page();
        }

        db.RecordAudit(new AuditEvent(AuditActions.InvitationAccepted, nameof(AppUser), user.Id.ToString(), null) { OrganizationId = user.CurrentOrganizationId });
        await db.SaveChangesAsync();
        Done = true;
        return Page();
    }

    private async Task<bool> IsValidAsync(AppUser user)
    {
        return Token() is { } token && !await users.HasPasswordAsync(user)
            && await users.VerifyUserTokenAsync(user, InvitationTokenOptions.Provider, InvitationTokenOptions.Purpose, token);
    }
}
