using AntiCor.Core.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;

namespace AntiCor.Web.Features.Account;

[AllowAnonymous]
public sealed class ResetPasswordModel(UserManager<AppUser> users) : PasswordLinkPage
{
    public static string InvalidLink => AccountText.ResetLinkInvalid;

    public async Task<IActionResult> OnPostAsync()
    {
        var user = UserId is { } id ? await users.FindByIdAsync(id.ToString()) : null;
        if (user is null || string.IsNullOrEmpty(Code))
        {
            ModelState.AddModelError("", InvalidLink);
            return Page();
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        if (Token() is not { } token)
        {
            ModelState.AddModelError("", InvalidLink);
            return Page();
        }

        var result = await users.ResetPasswordAsync(user, token, NewPassword);
        if (!result.Succeeded)
        {
            foreach (var error in result.Errors)
            {
                ModelState.AddModelError(error.Code == "InvalidToken" ? "" : nameof(NewPassword), error.Code == "InvalidToken" ? InvalidLink : error.Description);
            }

            return Page();
        }

        if (user.MustChangePassword)
        {
            user.MustChangePassword = false;
            await users.UpdateAsync(user);
        }

        Done = true;
        return Page();
    }
}
