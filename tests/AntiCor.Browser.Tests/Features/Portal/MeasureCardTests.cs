using AntiCor.Browser.Tests.Support;

namespace AntiCor.Browser.Tests.Features.Portal;

[Collection(BrowserCollection.Name)]
public sealed class MeasureCardTests(BrowserFixture browser)
{
    [Theory]
    [InlineData(1366, "measure-card-1366")]
    [InlineData(390, "measure-card-390")]
    public async Task The_measure_card_opened_from_the_programme_fits_the_screen_and_offers_the_inaccuracy_form(int width, string screenshot)
    {
        await using var context = await browser.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.SetViewportSizeAsync(width, 900);
        await Navigation.OpenSeedProgrammeFromHomeAsync(page);

        await page.Locator("tr[data-measure='1.1'] [data-measure-card]").ClickAsync();
        await page.WaitForURLAsync(Navigation.MeasureUrl());

        Assert.Equal("Захід 1.1", await page.Locator("h1").InnerTextAsync());
        Assert.StartsWith("Забезпечити функціонування, ведення та своєчасне оновлення вебсторінок", await page.Locator("[data-measure-card] [data-text]").InnerTextAsync());
        Assert.Equal(3, await page.Locator("[data-executors] li").CountAsync());
        Assert.Equal("true", await page.Locator("[data-executors] li").First.GetAttributeAsync("data-lead"));
        Assert.True(await page.Locator("[data-inaccuracy-form] textarea").IsVisibleAsync());
        var widths = await page.EvaluateAsync<int[]>("() => [document.documentElement.scrollWidth, window.innerWidth]");
        var (scrollWidth, viewport) = (widths[0], widths[1]);
        Assert.True(scrollWidth <= viewport, $"the page is {scrollWidth} px wide in a {viewport} px window");
        await Accessibility.AssertNoViolationsAsync(page);
        ScreenshotAssert.Saved(await browser.ScreenshotAsync(page, screenshot));
    }

    [Fact]
    public async Task A_reader_searches_and_sees_the_words_highlighted()
    {
        await using var context = await browser.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync("/o/kropyvnytskyi/search");

        await page.FillAsync("#q", "вебсторін");
        await page.ClickAsync("[data-search-form] button[type=submit]");
        await page.WaitForURLAsync(url => url.Contains("q=", StringComparison.Ordinal));

        Assert.True(await page.Locator("[data-search-results] mark").CountAsync() > 0);
        Assert.StartsWith("вебсторін", (await page.Locator("[data-search-results] mark").First.InnerTextAsync()).ToLowerInvariant(), StringComparison.Ordinal);
        await Accessibility.AssertNoViolationsAsync(page);
        ScreenshotAssert.Saved(await browser.ScreenshotAsync(page, "portal-search"));
    }

    [Fact]
    public async Task The_organisations_page_links_into_the_city()
    {
        await using var context = await browser.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync("/organizations/progress");

        await Accessibility.AssertNoViolationsAsync(page);
        ScreenshotAssert.Saved(await browser.ScreenshotAsync(page, "organizations-progress"));
        await page.Locator("[data-organization='kropyvnytskyi'] a").ClickAsync();
        await page.WaitForURLAsync(url => url.EndsWith("/o/kropyvnytskyi", StringComparison.Ordinal));
    }
}
