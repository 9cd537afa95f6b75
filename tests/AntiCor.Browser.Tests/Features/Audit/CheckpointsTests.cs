using AntiCor.Browser.Tests.Support;

namespace AntiCor.Browser.Tests.Features.Audit;

/// <summary>The public checkpoints page in a real browser, with the Content-Security-Policy enforced.</summary>
[Collection(BrowserCollection.Name)]
public sealed class CheckpointsTests(BrowserFixture browser)
{
    [Fact]
    public async Task Checkpoints_page_renders_styled_with_no_content_security_policy_violation()
    {
        await using var context = await browser.NewContextAsync();
        var page = await context.NewPageAsync();
        var refused = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Text.Contains("Content Security Policy", StringComparison.OrdinalIgnoreCase))
            {
                refused.Add($"{page.Url} {message.Location}: {message.Text}");
            }
        };

        var response = await page.GotoAsync("/audit/checkpoints");

        Assert.Equal(200, response!.Status);
        Assert.Contains("script-src 'self'", response.Headers["content-security-policy"]);
        Assert.Equal("Контрольні точки журналу аудиту", await page.Locator("h1").InnerTextAsync());
        // The stylesheet applied: the download link is drawn as a button, not as a bare link.
        var display = await page.Locator("a[data-download]").EvaluateAsync<string>("e => getComputedStyle(e).display");
        Assert.NotEqual("inline", display);
        await page.GotoAsync("/");
        await page.GotoAsync("/account/login");
        Assert.True(refused.Count == 0, string.Join("\n", refused));
        await page.GotoAsync("/audit/checkpoints");
        ScreenshotAssert.Saved(await browser.ScreenshotAsync(page, "audit-checkpoints"));
    }
}
