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

[AllowAnonymous]
public sealed class LoginModel(SignInManager<AppUser> signIn, AppDbContext db, HttpAuditActor actor, DemoMode demo) : PageModel
{
    public static string WrongCredentials => LoginText.WrongCredentials;
    public static string LockedOut => LoginText.LockedOut;

    private static readonly Lazy<string> TimingHash = new(() => new PasswordHasher<AppUser>().HashPassword(new AppUser(), Guid.NewGuid().ToString()));

    [BindProperty]
    public LoginInput Input { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public bool Demo => demo.Enabled;

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var email = Input.Email.Trim();
        var user = await signIn.UserManager.FindByEmailAsync(email);
        if (user is null)
        {
            // Spend the time a password check takes, so the answer does not tell which addresses exist.
            signIn.UserManager.PasswordHasher.VerifyHashedPassword(new AppUser(), TimingHash.Value, Input.Password);
            await AccountAudit.RecordAsync(db, AuditActions.SignInFailed, null, email, "unknown-user");
            ModelState.AddModelError("", WrongCredentials);
            return Page();
        }

        var result = await signIn.PasswordSignInAsync(user, Input.Password, isPersistent: false, lockoutOnFailure: true);
        actor.Identify(user.Id, user.DisplayName);
        if (result.Succeeded)
        {
            await AccountAudit.RecordAsync(db, AuditActions.SignedIn, user, email);
            return LocalRedirect(ReturnAddress.Safe(ReturnUrl));
        }

        if (result.RequiresTwoFactor)
        {
            return RedirectToPage("/Account/LoginTwoFactor", new { returnUrl = ReturnUrl });
        }

        await AccountAudit.RecordAsync(db, AuditActions.SignInFailed, user, email, result.IsLockedOut ? "locked-out" : "wrong-password");
        ModelState.AddModelError("", result.IsLockedOut ? LockedOut : WrongCredentials);
        return Page();
    }

    public sealed class LoginInput
    {
        [Required(ErrorMessage = "Вкажіть адресу електронної пошти.")]
        [EmailAddress(ErrorMessage = "Це не схоже на адресу електронної пошти.")]
        [Display(Name = "Електронна пошта")]
        public string Email { get; set; } = "";

        [Required(ErrorMessage = "Вкажіть пароль.")]
        [DataType(DataType.Password)]
        [Display(Name = "Пароль")]
        public string Password { get; set; } = "";
    }
}
