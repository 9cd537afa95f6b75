using AntiCor.Core.Audit;
using AntiCor.Core.Data;
using AntiCor.Core.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace AntiCor.Web.Features.Account;

/// <summary>Sign-out is a POST with the antiforgery token; GET shows the button only.</summary>
[AllowAnonymous]
public sealed class LogoutModel(SignInManager<AppUser> signIn, AppDbContext db) : PageModel
{
    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (User.Identity?.IsAuthenticated == true)
        {
            var user = await signIn.UserManager.GetUserAsync(User);
            await AccountAudit.RecordAsync(db, AuditActions.SignedOut, user, user?.Email ?? "");
        }

        await signIn.SignOutAsync();
        return Redirect("/");
    }
}
