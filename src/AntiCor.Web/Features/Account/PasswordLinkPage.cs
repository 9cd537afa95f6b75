using System.ComponentModel.DataAnnotations;
using System.Text;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.WebUtilities;

namespace AntiCor.Web.Features.Account;

/// <summary>
/// A page reached by a link from a letter (reset, invitation): the user and token from the link
/// and the new password typed twice.
/// </summary>
public abstract class PasswordLinkPage : PageModel
{
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

    public bool Done { get; protected set; }

    public bool LinkMissing => UserId is null || string.IsNullOrEmpty(Code);

    public void OnGet()
    {
    }

    /// <summary>The token the link carries, or null when the code is not one of ours.</summary>
    protected string? Token()
    {
        if (string.IsNullOrEmpty(Code))
        {
            return null;
        }

        try
        {
            return Encoding.UTF8.GetString(WebEncoders.Base64UrlDecode(Code));
        }
        catch (FormatException)
        {
            return null;
        }
    }
}
