using AntiCor.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace AntiCor.Web.Features.Account;

/// <summary>
/// The single sign-on button's target: a POST with the antiforgery token starts the round trip
/// to the identity provider; <see cref="ExternalSignIn"/> finishes it. A GET goes to the sign-in page.
/// </summary>
[AllowAnonymous]
[EnableRateLimiting(RateLimits.SignIn)]
public sealed class ExternalLoginModel(SingleSignOn sso) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public IActionResult OnGet() => Redirect(AccountRegistration.LoginPath);

    public IActionResult OnPost() => sso.Enabled
        ? Challenge(SingleSignOn.ChallengeProperties(ReturnAddress.Safe(ReturnUrl)), SingleSignOn.Scheme)
        : NotFound();
}
