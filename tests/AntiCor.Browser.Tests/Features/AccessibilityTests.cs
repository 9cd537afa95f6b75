using AntiCor.Browser.Tests.Support;

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
        await Accessibility.AssertNoViolationsAsync(page);

        await Navigation.OpenSeedProgrammeFromHomeAsync(page);
        await Accessibility.AssertNoViolationsAsync(page);

        await page.Locator("[data-coordinator] a").ClickAsync();
        await page.WaitForURLAsync(Navigation.UnitUrl());
        await Accessibility.AssertNoViolationsAsync(page);

        await page.GotoAsync("/no-such-page");
        await Accessibility.AssertNoViolationsAsync(page);
    }
}
