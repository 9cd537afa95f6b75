using AntiCor.Browser.Tests.Support;
using Deque.AxeCore.Playwright;

namespace AntiCor.Browser.Tests.Features;

[Collection(BrowserCollection.Name)]
public sealed class AccessibilityTests(BrowserFixture browser)
{
    [Fact]
    public async Task Main_pages_have_no_axe_violations()
    {
        await using var context = await browser.NewContextAsync();
        var page = await context.NewPageAsync();

        await page.GotoAsync("/");
        await AssertNoViolationsAsync(page);

        await Navigation.OpenSeedProgrammeFromHomeAsync(page);
        await AssertNoViolationsAsync(page);

        await page.Locator("[data-coordinator] a").ClickAsync();
        await page.WaitForURLAsync(Navigation.UnitUrl());
        await AssertNoViolationsAsync(page);

        await page.GotoAsync("/no-such-page");
        await AssertNoViolationsAsync(page);
    }

    private static async Task AssertNoViolationsAsync(Microsoft.Playwright.IPage page)
    {
        var result = await page.RunAxe();
        var found = result.Violations
            .Select(v => $"{v.Id} ({v.Impact}): {v.Help} — {string.Join("; ", v.Nodes.Take(3).Select(n => n.Html))}")
            .ToList();
        Assert.True(found.Count == 0, $"{page.Url}:\n{string.Join('\n', found)}");
    }
}
