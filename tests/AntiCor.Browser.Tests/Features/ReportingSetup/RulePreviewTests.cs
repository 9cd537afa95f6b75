using AntiCor.Browser.Tests.Support;
using AntiCor.Core.Security;
using Microsoft.Playwright;

namespace AntiCor.Browser.Tests.Features.ReportingSetup;

/// <summary>The coordinator opens the reporting rule from the programme page and previews a change; nothing is saved.</summary>
[Collection(BrowserCollection.Name)]
public sealed class RulePreviewTests(BrowserFixture browser)
{
    private const string Password = "kalendar-zvitiv-pivrichchia";

    [Fact]
    public async Task Coordinator_previews_half_yearly_reporting_and_sees_which_due_dates_move()
    {
        var (email, key) = await BrowserAccounts.CreateAsync(browser.Services, Roles.Coordinator, Password, "Координаторка Олена");
        await using var context = await browser.NewContextAsync();
        var page = await context.NewPageAsync();
        await BrowserAccounts.SignInAsync(page, email, Password, key!);
        await Navigation.OpenSeedProgrammeFromHomeAsync(page);

        await page.ClickAsync("a[data-reporting-rule]");
        await page.WaitForURLAsync(url => url.EndsWith("/reporting", StringComparison.Ordinal));
        await Assertions.Expect(page.Locator("tr[data-period='2020Q1']")).ToContainTextAsync("25.04.2020");

        await page.SelectOptionAsync("#frequency", "HalfYearly");
        await page.ClickAsync("button[data-preview]");

        var q1 = page.Locator("tr[data-change='2020Q1']");
        await Assertions.Expect(q1.Locator("[data-was]")).ToHaveTextAsync("25.04.2020");
        await Assertions.Expect(page.Locator("tr[data-change='2020H1'] [data-becomes]")).ToHaveTextAsync("25.07.2020");
        await Assertions.Expect(page.Locator("button[data-confirm]")).ToBeVisibleAsync();
        // Only a preview: the calendar still shows the quarters.
        await Assertions.Expect(page.Locator("tr[data-period='2020Q1']")).ToBeVisibleAsync();
        ScreenshotAssert.Saved(await browser.ScreenshotAsync(page, "reporting-rule-preview"));
        await Accessibility.AssertNoViolationsAsync(page);
    }
}
