using AntiCor.Browser.Tests.Support;

namespace AntiCor.Browser.Tests.Features.Shared;

[Collection(BrowserCollection.Name)]
public sealed class LanguageSwitchTests(BrowserFixture browser)
{
    [Fact]
    public async Task A_reader_switches_the_programme_page_to_english_with_the_keyboard_and_back_to_ukrainian()
    {
        await using var context = await browser.NewContextAsync();
        var page = await context.NewPageAsync();
        await Navigation.OpenSeedProgrammeFromHomeAsync(page);
        var programmeUrl = page.Url;
        var title = await page.Locator("h1").InnerTextAsync();
        Assert.Equal("uk", await page.Locator("html").GetAttributeAsync("lang"));
        Assert.Equal("Хід виконання", await page.Locator("#progress-title").InnerTextAsync());

        // Keyboard only: focus the switch's English link and follow it with Enter.
        var english = page.Locator("[data-language-switch] a[lang='en']");
        await english.FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForFunctionAsync("() => document.documentElement.lang === 'en'");

        Assert.Equal(programmeUrl, page.Url);
        Assert.Equal("Progress", await page.Locator("#progress-title").InnerTextAsync());
        Assert.Equal("Programme directions", await page.Locator("#contents-title").InnerTextAsync());
        Assert.Equal("Implementation status", await page.Locator("table.measures th.measures__status").First.InnerTextAsync());
        Assert.Equal(title, await page.Locator("h1").InnerTextAsync());
        Assert.Equal("true", await english.GetAttributeAsync("aria-current"));
        await Accessibility.AssertNoViolationsAsync(page);
        ScreenshotAssert.Saved(await browser.ScreenshotAsync(page, "programme-details-en"));

        // The choice persists on the next page, then the reader goes back to Ukrainian.
        await page.Locator("tr[data-measure='1.1'] [data-measure-card]").ClickAsync();
        await page.WaitForURLAsync(Navigation.MeasureUrl());
        Assert.Equal("Measure 1.1", await page.Locator("h1").InnerTextAsync());
        Assert.Equal("Report an inaccuracy", await page.Locator("#report-inaccuracy-title").InnerTextAsync());

        await page.GotoAsync(programmeUrl);
        await page.Locator("[data-language-switch] a[lang='uk']").ClickAsync();
        await page.WaitForFunctionAsync("() => document.documentElement.lang === 'uk'");
        Assert.Equal(programmeUrl, page.Url);
        Assert.Equal("Хід виконання", await page.Locator("#progress-title").InnerTextAsync());
    }
}
