using AntiCor.Browser.Tests.Support;
using Microsoft.Playwright;

namespace AntiCor.Browser.Tests.Features.Programmes;

[Collection(BrowserCollection.Name)]
public sealed class DetailsTests(BrowserFixture browser)
{
    [Fact]
    public async Task Measure_1_1_shows_its_text_term_and_three_executor_links_including_TsNAP()
    {
        await using var context = await browser.NewContextAsync();
        var page = await context.NewPageAsync();
        await Navigation.OpenSeedProgrammeFromHomeAsync(page);

        var row = page.Locator("tr[data-measure='1.1']");
        Assert.True(await row.IsVisibleAsync());
        Assert.StartsWith(
            "Забезпечити функціонування, ведення та своєчасне оновлення вебсторінок",
            await row.Locator(".measure-text").InnerTextAsync());
        Assert.Equal("2019-2020 роки", await row.Locator("[data-term] .term-text").InnerTextAsync());
        var executors = await row.Locator("[data-executors] a").AllInnerTextsAsync();
        Assert.Equal(3, executors.Count);
        Assert.Contains("ЦНАП", executors);

        ScreenshotAssert.Saved(await browser.ScreenshotAsync(page, "programme-details"));
    }

    private const string Password = "sinii-bereh-dovha-stezhka";

    /// <summary>The importer's doubts are for the organisation's staff: an executor of the city signs in first.</summary>
    private async Task SignInAsStaffAsync(IPage page)
    {
        var (email, key) = await BrowserAccounts.CreateAsync(browser.Services, AntiCor.Core.Security.Roles.Executor, Password, "Виконавиця Марія");
        await BrowserAccounts.SignInAsync(page, email, Password, key!);
    }

    [Fact]
    public async Task Measure_needing_review_shows_a_visible_mark_beside_its_text_to_staff_and_none_to_the_public()
    {
        await using var context = await browser.NewContextAsync();
        var page = await context.NewPageAsync();
        await Navigation.OpenSeedProgrammeFromHomeAsync(page);
        Assert.Equal(0, await page.Locator("[data-review-mark], [data-programme-warnings]").CountAsync());
        await SignInAsStaffAsync(page);
        await Navigation.OpenSeedProgrammeFromHomeAsync(page);

        var flagged = page.Locator("tr[data-needs-review='true']");
        Assert.True(await flagged.CountAsync() > 0, "The seed has measures that need review.");
        var mark = flagged.First.Locator("[data-review-mark]");
        await mark.ScrollIntoViewIfNeededAsync();
        Assert.True(await mark.IsVisibleAsync());
        Assert.Contains("Потребує перевірки", await mark.InnerTextAsync());
        Assert.Equal(0, await page.Locator("tr[data-needs-review='false'] [data-review-mark]").CountAsync());
    }

    [Fact]
    public async Task Print_view_hides_navigation_and_drops_background_colours()
    {
        await using var context = await browser.NewContextAsync();
        var page = await context.NewPageAsync();
        await SignInAsStaffAsync(page);
        await Navigation.OpenSeedProgrammeFromHomeAsync(page);

        await page.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Print });

        Assert.False(await page.Locator(".site-nav").IsVisibleAsync());
        Assert.False(await page.Locator("nav.contents").IsVisibleAsync());
        Assert.Equal(
            "rgba(0, 0, 0, 0)",
            await page.Locator("tr[data-needs-review='true']").First.EvaluateAsync<string>("e => getComputedStyle(e).backgroundColor"));
        Assert.True(await page.Locator("tr[data-measure='1.1'] .measure-text").IsVisibleAsync());
        ScreenshotAssert.Saved(await browser.ScreenshotAsync(page, "programme-details-print"));
    }
}
