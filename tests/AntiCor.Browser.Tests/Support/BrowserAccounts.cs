using AntiCor.Core.Data;
using AntiCor.Core.Security;
using AntiCor.Tests.Shared;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace AntiCor.Browser.Tests.Support;

/// <summary>
/// Browser-test accounts: created in the served app's store with a role held in an organisation
/// (the seed's city unless named), and signed in through the real pages.
/// </summary>
public static class BrowserAccounts
{
    /// <summary>A user with the role, its creation time from the app's clock; enrolled in TOTP (the key returned) when <paramref name="enrol"/>.</summary>
    public static async Task<(string Email, string? Key)> CreateAsync(
        IServiceProvider services, string role, string password, string displayName, bool enrol = true, string slug = AntiCor.Core.Seed.SeedProgramme.OrganizationSlug)
    {
        await using var scope = services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var now = scope.ServiceProvider.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime;
        var user = new AppUser($"{role.ToLowerInvariant()}-{Guid.NewGuid():N}@browser.anticor.local", displayName, now);
        Assert.True((await users.CreateAsync(user, password)).Succeeded);
        await GrantAsync(scope.ServiceProvider, user, role, slug);
        if (!enrol)
        {
            return (user.Email!, null);
        }

        await users.ResetAuthenticatorKeyAsync(user);
        Assert.True((await users.SetTwoFactorEnabledAsync(user, true)).Succeeded);
        return (user.Email!, await users.GetAuthenticatorKeyAsync(user));
    }

    /// <summary>Signs in through the sign-in page and its second step, then waits until the browser has left the account pages.</summary>
    public static async Task SignInAsync(IPage page, string email, string password, string key, string returnUrl = "")
    {
        await page.GotoAsync("/account/login" + (returnUrl.Length > 0 ? "?ReturnUrl=" + Uri.EscapeDataString(returnUrl) : ""));
        await page.FillAsync("#Input_Email", email);
        await page.FillAsync("#Input_Password", password);
        await page.ClickAsync("form[data-form=login] button[type=submit]");
        await page.WaitForURLAsync(url => url.Contains("/account/login-2fa", StringComparison.Ordinal));
        await page.FillAsync("#Code", Totp.Code(key));
        await page.ClickAsync("form[data-form=login-2fa] button[type=submit]");
        await page.WaitForURLAsync(SignedInUrl);
    }

    public static async Task GrantAsync(IServiceProvider services, AppUser user, string role, string slug = AntiCor.Core.Seed.SeedProgramme.OrganizationSlug)
    {
        var db = services.GetRequiredService<AppDbContext>();
        var organization = await db.Organizations.Where(o => o.Slug == slug).Select(o => o.Id).SingleAsync();
        db.Memberships.Add(new Membership(user.Id, organization, role));
        await db.SaveChangesAsync();
    }

    /// <summary>Signed in: the browser has left the account pages.</summary>
    public static bool SignedInUrl(string url) => !new Uri(url).AbsolutePath.StartsWith("/account", StringComparison.Ordinal);
}
