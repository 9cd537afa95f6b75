using System.ComponentModel.DataAnnotations;
using AntiCor.Core.Audit;
using AntiCor.Core.Data;
using AntiCor.Core.Security;
using AntiCor.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace AntiCor.Web.Features.Account;

/// <summary>The second step: a TOTP code from the authenticator app, or one of the recovery codes.</summary>
[AllowAnonymous]
public sealed class LoginTwoFactorModel(SignInManager<AppUser> signIn, AppDbContext db, HttpAuditActor actor, SingleUseAuthenticatorTokenProvider codes) : PageModel
{
    [BindProperty]
    [Display(Name = "Код")]
    [Required(ErrorMessage = "Вкажіть код.")]
    public string Code { get; set; } = "";

    [BindProperty]
    public bool UseRecoveryCode { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public async Task<IActionResult> OnGetAsync() =>
        await signIn.GetTwoFactorAuthenticationUserAsync() is null ? Redirect(AccountRegistration.LoginPath) : Page();

    public async Task<IActionResult> OnPostAsync()
    {
        var user = await signIn.GetTwoFactorAuthenticationUserAsync();
        if (user is null)
        {
            return Redirect(AccountRegistration.LoginPath);
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        actor.Identify(user.Id, user.DisplayName);
        var code = Code.Replace(" ", "", StringComparison.Ordinal).Replace("-", "", StringComparison.Ordinal);
        var result = UseRecoveryCode
            ? await signIn.TwoFactorRecoveryCodeSignInAsync(Code.Trim())
            : await signIn.TwoFactorAuthenticatorSignInAsync(code, isPersistent: false, rememberClient: false);
        if (result.Succeeded)
        {
            await AccountAudit.RecordAsync(db, AuditActions.SignedIn, user, user.Email ?? "", UseRecoveryCode ? "recovery-code" : "totp");
            return LocalRedirect(ReturnAddress.Safe(ReturnUrl));
        }

        var reused = !result.IsLockedOut && !UseRecoveryCode
            && await codes.StateOfAsync(signIn.UserManager, user, code) == AuthenticatorCodeState.AlreadyUsed;
        await AccountAudit.RecordAsync(db, AuditActions.SignInFailed, user, user.Email ?? "", result.IsLockedOut ? "locked-out" : reused ? "reused-totp" : "wrong-second-factor");
        ModelState.AddModelError("", result.IsLockedOut ? LoginModel.LockedOut
            : reused ? AccountText.CodeAlreadyUsed
            : AccountText.CodeWrongOrExpired);
        return Page();
    }
}
