using AntiCor.Browser.Tests.Support;

namespace AntiCor.Browser.Tests.Features.Units;

[Collection(BrowserCollection.Name)]
public sealed class DetailsTests(BrowserFixture browser)
{
    [Fact]
    public async Task Executor_link_of_a_measure_opens_the_unit_page_listing_that_measure()
    {
        await using var context = await browser.NewContextAsync();
        var page = await context.NewPageAsync();
        await Navigation.OpenSeedProgrammeFromHomeAsync(page);

        await page.Locator("tr[data-measure='1.1'] [data-executors] a", new() { HasTextString = "ЦНАП" }).ClickAsync();
        await page.WaitForURLAsync(Navigation.UnitUrl());

        Assert.Equal("ЦНАП", await page.Locator("h1").InnerTextAsync());
        var measure = page.Locator("tr[data-measure='1.1']");
        Assert.True(await measure.IsVisibleAsync());
        ScreenshotAssert.Saved(await browser.ScreenshotAsync(page, "unit-details"));

        await measure.Locator("th a").ClickAsync();
        await page.WaitForURLAsync(Navigation.MeasureUrl());
        Assert.Equal("Захід 1.1", await page.Locator("h1").InnerTextAsync());
    }

    [Fact]
    public async Task Unknown_unit_shows_the_Ukrainian_not_found_page()
    {
        await using var context = await browser.NewContextAsync();
        var page = await context.NewPageAsync();

        var response = await page.GotoAsync($"/o/kropyvnytskyi/units/{Guid.NewGuid()}");

        Assert.Equal(404, response!.Status);
        Assert.Equal("Сторінку не знайдено", await page.Locator("h1").InnerTextAsync());
        ScreenshotAssert.Saved(await browser.ScreenshotAsync(page, "not-found"));
    }
}
