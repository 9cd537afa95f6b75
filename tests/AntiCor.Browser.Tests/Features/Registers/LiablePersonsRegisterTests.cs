using AntiCor.Browser.Tests.Support;
using AntiCor.Core.Registers;

namespace AntiCor.Browser.Tests.Features.Registers;

/// <summary>
/// The register of persons held liable end to end: the coordinator links it to measure 7.3,
/// records an official held liable by a court (a decision before the offence refused), then the
/// dismissal and the internal review of the causes; the counts per year and the exports (with
/// the Cyrillic text) show it; the executor of 7.3 takes the figures for the period into the report.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class LiablePersonsRegisterTests(BrowserFixture browser)
{
    private const string Password = "reiestr-prytiahnutykh-osib";
    private const string Person = "Шевчук Андрій Васильович";
    private const string Offence = "Порушення обмежень щодо сумісництва, ст. 172-4 КУпАП";

    [Fact]
    public async Task The_coordinator_records_an_official_held_liable_and_the_figures_fill_the_linked_measures_report_form()
    {
        await using var scene = await RegisterBrowserScene.StartAsync(browser, Password, RegisterKind.LiablePersons, "7.3", "Виконавець Григорій", "Координаторка Зоряна");
        var page = scene.Page;
        await page.GotoAsync("/registers/liable-persons");
        await page.ClickAsync("a[data-new]");
        await page.SelectOptionAsync("#Input_OrgUnitId", scene.UnitId.ToString());
        await page.FillAsync("#Input_PersonName", Person);
        await page.FillAsync("#Input_Position", "Заступник начальника управління");
        await page.FillAsync("#Input_Offence", Offence);
        await page.FillAsync("#Input_OffenceOn", "21.10.2020");
        await page.SelectOptionAsync("#Input_DecisionKind", nameof(LiabilityDecisionKind.CourtDecision));
        await page.FillAsync("#Input_Decision", "Постанова Ленінського районного суду, справа № 405/5678/20");
        await page.FillAsync("#Input_DecisionOn", "20.10.2020");
        await page.ClickAsync("form[data-form=liable-person] button[type=submit]");
        Assert.Contains(RegisterWords.DecisionBeforeOffence, await page.Locator("[data-errors]").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Equal(Person, await page.InputValueAsync("#Input_PersonName"));
        await page.FillAsync("#Input_OffenceOn", "01.09.2020");
        await page.ClickAsync("form[data-form=liable-person] button[type=submit]");
        await page.Locator("[data-notice]").WaitForAsync();

        var row = page.Locator("tr[data-entry]", new() { HasTextString = Person });
        Assert.Equal("20.10.2020", await row.Locator("[data-decision-on]").InnerTextAsync());
        Assert.Equal("", await row.Locator("[data-dismissed]").InnerTextAsync());

        // The edit: the official was dismissed and the causes reviewed.
        await row.Locator("a").ClickAsync();
        await page.CheckAsync("#Input_Dismissed");
        await page.CheckAsync("#Input_CausesReviewed");
        await page.FillAsync("#Input_MeasuresTaken", "Звільнено з посади; службове розслідування причин, порядок погодження сумісництва змінено");
        await page.ClickAsync("form[data-form=liable-person] button[type=submit]");
        await page.Locator("[data-notice]").WaitForAsync();
        Assert.Equal("так", await row.Locator("[data-dismissed]").InnerTextAsync());
        Assert.Equal("так", await row.Locator("[data-reviewed]").InnerTextAsync());
        Assert.Equal("1", await page.Locator("tr[data-year='2020'] [data-count]").InnerTextAsync());
        ScreenshotAssert.Saved(await browser.ScreenshotAsync(page, "register-liable-persons"));

        await page.GotoAsync($"/registers/liable-persons?unit={scene.UnitId}");
        var csv = await scene.CsvAsync();
        Assert.Contains(Person, csv, StringComparison.Ordinal);
        Assert.Contains(Offence, csv, StringComparison.Ordinal);
        var sheet = Assert.Single(await scene.XlsxAsync());
        Assert.Equal(Person, sheet["person"]);
        Assert.Equal("Рішення суду", sheet["decisionKind"]);
        Assert.Equal("true", sheet["dismissed"]?.ToString());

        var form = await scene.ReportFormAsync();
        Assert.Equal(["1", "1", "1"], await form.Locator("[data-offer='LiablePersons'] [data-figure]").AllInnerTextsAsync());
        var values = await scene.FillAndSaveAsync(form,
            "Притягнуто до відповідальності за корупційні або пов'язані з корупцією правопорушення 1 осіб, з них звільнено 1; проведено 1 службових розслідувань причин.",
            "register-liable-persons-in-report");
        Assert.Equal([1m, 1m, 1m], values);
        Assert.True(await scene.ReportLinksToAsync("/registers/liable-persons?from=01.10.2020&to=31.12.2020"));
        Assert.DoesNotContain("Шевчук", await form.ContentAsync(), StringComparison.Ordinal);
    }
}
