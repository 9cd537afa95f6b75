using System.Security.Claims;
using AntiCor.Core.Data;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace AntiCor.Web.Infrastructure;

/// <summary>
/// Compares the sign-in cookie's security stamp with the account's on every request, before
/// Identity's own validator (which rebuilds the principal and renews the cookie, once a
/// <see cref="RefreshInterval"/>). Sign-out, a password change, a role change and a lock all renew
/// the stamp, so a cookie copied before any of them stops working at once — for the price of one
/// lookup by key, where rebuilding the principal on every request took seven queries and a new
/// encrypted cookie (a tenth of a submission's time under the deadline-day load).
/// </summary>
internal static class SecurityStampCheck
{
    public static readonly TimeSpan RefreshInterval = TimeSpan.FromMinutes(1);

    public static Func<CookieValidatePrincipalContext, Task> Before(Func<CookieValidatePrincipalContext, Task> identityValidation) => async context =>
    {
        if (context.Principal is { } principal && !await StillCurrentAsync(context.HttpContext, principal))
        {
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(IdentityConstants.ApplicationScheme);
            return;
        }

        await identityValidation(context);
    };

    private static async Task<bool> StillCurrentAsync(HttpContext http, ClaimsPrincipal principal)
    {
        var claims = http.RequestServices.GetRequiredService<IOptions<IdentityOptions>>().Value.ClaimsIdentity;
        if (!Guid.TryParse(principal.FindFirstValue(claims.UserIdClaimType), out var userId))
        {
            return false;
        }

        var stamp = principal.FindFirstValue(claims.SecurityStampClaimType);
        var current = await http.RequestServices.GetRequiredService<AppDbContext>().Users.AsNoTracking()
            .Where(u => u.Id == userId).Select(u => u.SecurityStamp).FirstOrDefaultAsync(http.RequestAborted);
        return current is not null && string.Equals(current, stamp, StringComparison.Ordinal);
    }
}
