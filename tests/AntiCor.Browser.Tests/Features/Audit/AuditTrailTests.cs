using AntiCor.Browser.Tests.Support;
using AntiCor.Core.Security;
using AntiCor.Tests.Shared;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace AntiCor.Browser.Tests.Features.Audit;

/// <summary>The auditor's trail in a real browser: readable changes, long values opened without script, CSP kept.</summary>
[Collection(BrowserCollection.Name)]
public sealed class AuditTrailTests(BrowserFixture browser)
{
    private const string Password = "kavovyi-audytor-perevirka";

    [Fact]
    public async Task An_auditor_reads_changes_in_Ukrainian_and_opens_a_long_value_with_no_content_security_policy_violation()
    {
        var (email, key) = await CreateAuditorAsync();
        await using var context = await browser.NewContextAsync();
        var page = await context.NewPageAsync();
        var refused = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Text.Contains("Content Security Policy", StringComparison.OrdinalIgnoreCase))
            {
                refused.Add($"{page.Url}: {message.Text}");
            }
        };

        await page.GotoAsync("/account/login?ReturnUrl=%2Faudit%3Ftype%3DMeasure");
        await page.FillAsync("#Input_Email", email);
        await page.FillAsync("#Input_Password", Password);
        await page.ClickAsync("form[data-form=login] button[type=submit]");
        await page.WaitForURLAsync(url => url.Contains("/account/login-2fa", StringComparison.Ordinal));
        await page.FillAsync("#Code", Totp.Code(key));
        await page.ClickAsync("form[data-form=login-2fa] button[type=submit]");
        await page.WaitForURLAsync(url => new Uri(url).AbsolutePath == "/audit");

        var labels = await page.Locator(".audit-changes dt").AllInnerTextsAsync();
        Assert.Contains("Текст заходу", labels);
        Assert.DoesNotContain(labels, l => l.Any(char.IsAsciiLetter));
        var details = page.Locator(".audit-changes__long").First;
        Assert.Null(await details.GetAttributeAsync("open"));
        await details.Locator("summary").ClickAsync();
        Assert.NotNull(await details.GetAttributeAsync("open"));
        Assert.True(refused.Count == 0, string.Join("\n", refused));
        ScreenshotAssert.Saved(await browser.ScreenshotAsync(page, "audit-trail"));
    }

    private async Task<(string Email, string Key)> CreateAuditorAsync()
    {
        await using var scope = browser.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var user = new AppUser($"auditor-{Guid.NewGuid():N}@browser.anticor.local", "Браузер аудитор", DateTime.UtcNow);
        Assert.True((await users.CreateAsync(user, Password)).Succeeded);
        await BrowserAccounts.GrantAsync(scope.ServiceProvider, user, Roles.Auditor);
        await users.ResetAuthenticatorKeyAsync(user);
        Assert.True((await users.SetTwoFactorEnabledAsync(user, true)).Succeeded);
        return (user.Email!, (await users.GetAuthenticatorKeyAsync(user))!);
    }
}
