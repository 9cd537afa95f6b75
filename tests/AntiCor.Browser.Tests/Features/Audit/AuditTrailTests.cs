using AntiCor.Browser.Tests.Support;
using AntiCor.Core.Security;

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

        await BrowserAccounts.SignInAsync(page, email, Password, key, returnUrl: "/audit?type=Measure");
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
        var (email, key) = await BrowserAccounts.CreateAsync(browser.Services, Roles.Auditor, Password, "Браузер аудитор");
        return (email, key!);
    }
}
