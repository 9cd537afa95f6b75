using System.ComponentModel.DataAnnotations;
using System.Text;
using AntiCor.Core.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.WebUtilities;

namespace AntiCor.Web.Features.Account;

[AllowAnonymous]
public sealed class ResetPasswordModel(UserManager<AppUser> users) : PageModel
{
    public const string InvalidLink = "Посилання недійсне або застаріло. Попросіть нове на сторінці відновлення пароля.";

    [BindProperty(SupportsGet = true)]
    public Guid? UserId { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Code { get; set; }

    [BindProperty]
    [Required(ErrorMessage = "Вкажіть новий пароль.")]
    [DataType(DataType.Password)]
    public string NewPassword { get; set; } = "";

    [BindProperty]
    [Compare(nameof(NewPassword), ErrorMessage = "Паролі не збігаються.")]
    [DataType(DataType.Password)]
    public string ConfirmPassword { get; set; } = "";

    public bool Done { get; private set; }

    public bool LinkMissing => UserId is null || string.IsNullOrEmpty(Code);

    public void OnGet()
    {
    }

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

        string token;
        try
        {
            token = Encoding.UTF8.GetString(WebEncoders.Base64UrlDecode(Code));
        }
        catch (FormatException)
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
