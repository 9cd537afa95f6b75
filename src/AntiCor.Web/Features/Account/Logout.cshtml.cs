using AntiCor.Core.Audit;
using AntiCor.Core.Data;
using AntiCor.Core.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace AntiCor.Web.Features.Account;

/// <summary>Sign-out is a POST with the antiforgery token; GET shows the button only. It ends every session of the user, not only this one.</summary>
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
            if (user is not null)
            {
                // Deleting the cookie in this browser is not enough: a copy of it elsewhere would
                // still be valid. A new stamp makes every cookie issued before now invalid.
                await signIn.UserManager.UpdateSecurityStampAsync(user);
            }
        }

        await signIn.SignOutAsync();
        return Redirect("/");
    }
}
