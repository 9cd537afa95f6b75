using System.ComponentModel.DataAnnotations;
using AntiCor.Core.Security;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace AntiCor.Web.Features.Account;

/// <summary>
/// TOTP enrolment: the key and its otpauth URI, a code to prove the app has it, then ten recovery
/// codes shown once. Users in roles that require a second factor are held here until enrolled.
/// </summary>
public sealed class TwoFactorModel(SignInManager<AppUser> signIn, SingleUseAuthenticatorTokenProvider codes) : PageModel
{
    public const int RecoveryCodeCount = 10;
    public const string Issuer = "АнтиКор";

    public bool Enabled { get; private set; }
    public bool Required { get; private set; }
    public string Key { get; private set; } = "";
    public string OtpAuthUri { get; private set; } = "";
    public IReadOnlyList<string> RecoveryCodes { get; private set; } = [];
    public int RecoveryCodesLeft { get; private set; }

    [BindProperty]
    [Required(ErrorMessage = "Вкажіть код із застосунку.")]
    public string Code { get; set; } = "";

    private UserManager<AppUser> Users => signIn.UserManager;

    public async Task<IActionResult> OnGetAsync()
    {
        var user = await Users.GetUserAsync(User);
        return user is null ? Challenge() : await ShowAsync(user);
    }

    public async Task<IActionResult> OnPostVerifyAsync()
    {
        var user = await Users.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }

        if (!ModelState.IsValid)
        {
            return await ShowAsync(user);
        }

        var code = Code.Replace(" ", "", StringComparison.Ordinal).Replace("-", "", StringComparison.Ordinal);
        if (!await Users.VerifyTwoFactorTokenAsync(user, Users.Options.Tokens.AuthenticatorTokenProvider, code))
        {
            ModelState.AddModelError(nameof(Code), await codes.StateOfAsync(Users, user, code) == AuthenticatorCodeState.AlreadyUsed
                ? AccountText.CodeAlreadyUsed
                : AccountText.CodeWrongCheckClock);
            return await ShowAsync(user);
        }

        await Users.SetTwoFactorEnabledAsync(user, true);
        RecoveryCodes = [.. await Users.GenerateNewTwoFactorRecoveryCodesAsync(user, RecoveryCodeCount) ?? []];
        await signIn.RefreshSignInAsync(user);
        return await ShowAsync(user);
    }

    public async Task<IActionResult> OnPostRecoveryCodesAsync()
    {
        var user = await Users.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }

        ModelState.Clear();
        if (user.TwoFactorEnabled)
        {
            RecoveryCodes = [.. await Users.GenerateNewTwoFactorRecoveryCodesAsync(user, RecoveryCodeCount) ?? []];
        }

        return await ShowAsync(user);
    }

    private async Task<IActionResult> ShowAsync(AppUser user)
    {
        Enabled = user.TwoFactorEnabled;
        Required = Roles.RequiringTwoFactor.Any(User.IsInRole);
        if (Enabled)
        {
            RecoveryCodesLeft = await Users.CountRecoveryCodesAsync(user);
            return Page();
        }

        var key = await Users.GetAuthenticatorKeyAsync(user);
        if (string.IsNullOrEmpty(key))
        {
            await Users.ResetAuthenticatorKeyAsync(user);
            // A new key renews the security stamp, which ends every session of the user (stamps
            // are checked on each request); this one goes on with a cookie carrying the new stamp.
            await signIn.RefreshSignInAsync(user);
            key = await Users.GetAuthenticatorKeyAsync(user) ?? "";
        }

        Key = key;
        OtpAuthUri = $"otpauth://totp/{Uri.EscapeDataString(Issuer)}:{Uri.EscapeDataString(user.Email ?? "")}"
            + $"?secret={key}&issuer={Uri.EscapeDataString(Issuer)}&algorithm=SHA1&digits=6&period=30";
        return Page();
    }
}
