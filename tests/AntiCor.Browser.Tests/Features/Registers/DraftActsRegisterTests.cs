using AntiCor.Browser.Tests.Support;
using AntiCor.Core.Registers;

namespace AntiCor.Browser.Tests.Features.Registers;

/// <summary>
/// The register of draft-act reviews end to end: the coordinator links it to measure 4.1, adds a
/// factor to the catalogue, records a draft decision, corrects its title, concludes that factors
/// were found (a finding without a factor refused) and records the proposal taken; the exports open
/// with the Cyrillic text; the executor of 4.1 takes the figures for the period into the report.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class DraftActsRegisterTests(BrowserFixture browser)
{
    private const string Password = "reiestr-proektiv-aktiv";

    [Fact]
    public async Task The_coordinator_reviews_a_draft_and_its_figures_fill_the_linked_measures_report_form()
    {
        await using var scene = await RegisterBrowserScene.StartAsync(browser, Password, RegisterKind.DraftActs, "4.1", "Виконавиця Олена", "Координатор Андрій");
        var page = scene.Page;
        var factor = $"Відсутність чітких строків {Guid.NewGuid():N}"[..36];
        await page.GotoAsync("/registers/factors");
        await page.FillAsync("#NewName", factor);
        await page.ClickAsync("form[data-form=factor] button[type=submit]");
        await page.Locator("[data-factors] li", new() { HasTextString = factor }).WaitForAsync();

        await page.GotoAsync("/registers/draft-acts");
        await page.ClickAsync("a[data-new]");
        await page.SelectOptionAsync("#Input_OrgUnitId", scene.UnitId.ToString());
        await page.FillAsync("#Input_Title", "Про затвердження Порядку надання матеріальної допомоги");
        await page.SelectOptionAsync("#Input_Kind", nameof(DraftActKind.Decision));
        await page.FillAsync("#Input_SubmittedOn", "05.10.2020");
        await page.FillAsync("#Input_RequestedBy", "12.10.2020");
        await page.ClickAsync("form[data-form=draft-act] button[type=submit]");
        await page.Locator("[data-notice]").WaitForAsync();

        // The edit: the title corrected on the entry's own page.
        await page.FillAsync("#Input_Title", "Про затвердження Порядку надання одноразової матеріальної допомоги");
        await page.ClickAsync("form[data-form=draft-act] button[type=submit]");
        await page.Locator("[data-notice]").WaitForAsync();

        await page.CheckAsync($"form[data-form=conclusion] input[name='Input.Conclusion'][value={nameof(DraftActConclusion.FactorsFound)}]");
        await page.FillAsync("#Input_ConcludedOn", "09.10.2020");
        await page.FillAsync("#Input_Proposals", "Встановити строк розгляду заяви — 10 робочих днів");
        await page.FillAsync("#Input_ProposalsMade", "2");
        await page.ClickAsync("form[data-form=conclusion] button[type=submit]");
        Assert.Contains(RegisterWords.FactorsWithoutFactor, await page.Locator("[data-errors]").InnerTextAsync(), StringComparison.Ordinal);
        await page.CheckAsync($"form[data-form=conclusion] input[name='Input.Conclusion'][value={nameof(DraftActConclusion.FactorsFound)}]");
        await page.Locator("[data-catalogue] label", new() { HasTextString = factor }).Locator("input").CheckAsync();
        await page.ClickAsync("form[data-form=conclusion] button[type=submit]");
        await page.FillAsync("#Input_ProposalsTaken", "1");
        await page.ClickAsync("form[data-form=taken] button[type=submit]");
        await page.Locator("[data-notice]").WaitForAsync();

        await page.GotoAsync($"/registers/draft-acts?unit={scene.UnitId}");
        var row = page.Locator("tr[data-entry]", new() { HasTextString = "одноразової матеріальної допомоги" });
        Assert.Contains("09.10.2020", await row.Locator("[data-conclusion]").InnerTextAsync(), StringComparison.Ordinal);
        ScreenshotAssert.Saved(await browser.ScreenshotAsync(page, "register-draft-acts"));

        var csv = await scene.CsvAsync();
        Assert.Contains("Про затвердження Порядку надання одноразової матеріальної допомоги", csv, StringComparison.Ordinal);
        Assert.Contains(factor, csv, StringComparison.Ordinal);
        var sheet = Assert.Single(await scene.XlsxAsync());
        Assert.Equal("Про затвердження Порядку надання одноразової матеріальної допомоги", sheet["title"]);
        Assert.Equal(factor, sheet["factors"]);

        var form = await scene.ReportFormAsync();
        Assert.Equal(["1", "1", "1"], await form.Locator("[data-offer='DraftActs'] [data-figure]").AllInnerTextsAsync());
        var values = await scene.FillAndSaveAsync(form, "Розглянуто 1 проєктів актів, у 1 виявлено корупціогенні чинники, 1 пропозицій враховано.", "register-draft-acts-in-report");
        Assert.Equal([1m, 1m, 1m], values);
        Assert.True(await scene.ReportLinksToAsync("/registers/draft-acts?from=01.10.2020&to=31.12.2020"));
    }
}
