using AntiCor.Browser.Tests.Support;

namespace AntiCor.Browser.Tests.Features.Programmes;

[Collection(BrowserCollection.Name)]
public sealed class IndexTests(BrowserFixture browser)
{
    [Fact]
    public async Task Home_page_lists_the_programme_and_its_link_opens_the_programme_page()
    {
        await using var context = await browser.NewContextAsync();
        var page = await context.NewPageAsync();

        await page.GotoAsync("/");
        Assert.Equal("Антикорупційні програми", await page.Locator("h1").InnerTextAsync());
        var shot = await browser.ScreenshotAsync(page, "programmes-index");

        await page.Locator("tr[data-programme] a", new() { HasTextString = Navigation.SeedTitleStart }).ClickAsync();
        await page.WaitForURLAsync(Navigation.ProgrammeUrl());
        Assert.StartsWith(Navigation.SeedTitleStart, await page.Locator("h1").InnerTextAsync());
        ScreenshotAssert.Saved(shot);
    }

    [Fact]
    public async Task Skip_link_is_the_first_stop_of_the_keyboard_and_leads_to_the_main_content()
    {
        await using var context = await browser.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync("/");

        await page.Keyboard.PressAsync("Tab");
        var skip = page.Locator("a.skip-link");
        Assert.True(await skip.EvaluateAsync<bool>("e => e === document.activeElement"));
        Assert.True(await skip.IsVisibleAsync());
        await page.Keyboard.PressAsync("Enter");
        Assert.Equal("main", await page.EvaluateAsync<string>("() => document.activeElement.id"));
    }
}
