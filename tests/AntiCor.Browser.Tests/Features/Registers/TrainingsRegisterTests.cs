using AntiCor.Browser.Tests.Support;
using AntiCor.Core.Registers;
using AntiCor.Tests.Shared;
using Microsoft.Playwright;

namespace AntiCor.Browser.Tests.Features.Registers;

/// <summary>
/// The register of trainings and consultations end to end: the coordinator links it to measure
/// 7.4, records a two-day training (an end before the start refused), adds two participants of
/// the executor's unit — one with a PDF certificate — corrects the hours, records a consultation,
/// and sees the unit covered for the year; the trainings' and the consultations' exports open with
/// the Cyrillic text; the executor of 7.4 takes the figures for the period into the report.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class TrainingsRegisterTests(BrowserFixture browser)
{
    private const string Password = "reiestr-navchan-i-konsultatsii";
    private const string Topic = "Запобігання та врегулювання конфлікту інтересів на службі";

    [Fact]
    public async Task The_coordinator_records_a_training_and_a_consultation_and_their_figures_fill_the_linked_measures_report_form()
    {
        await using var scene = await RegisterBrowserScene.StartAsync(browser, Password, RegisterKind.Trainings, "7.4", "Виконавиця Дарина", "Координатор Олексій");
        var page = scene.Page;
        await page.GotoAsync("/registers/trainings");
        await page.ClickAsync("a[data-new]");
        await page.FillAsync("#Input_Topic", Topic);
        await page.FillAsync("#Input_Organiser", "НАЗК");
        await page.FillAsync("#Input_StartsOn", "14.10.2020");
        await page.FillAsync("#Input_EndsOn", "13.10.2020");
        await page.FillAsync("#Input_Hours", "8");
        await page.ClickAsync("form[data-form=training] button[type=submit]");
        Assert.Contains(RegisterWords.TrainingEndsBeforeStart, await page.Locator("[data-errors]").InnerTextAsync(), StringComparison.Ordinal);
        await page.FillAsync("#Input_EndsOn", "15.10.2020");
        await page.ClickAsync("form[data-form=training] button[type=submit]");
        await page.Locator("form[data-form=participant]").WaitForAsync();

        await page.SelectOptionAsync("#Input_ParticipantUnitId", scene.UnitId.ToString());
        await page.FillAsync("#Input_ParticipantName", "Олійник Марина Степанівна");
        await page.SetInputFilesAsync("#Upload", new FilePayload { Name = "сертифікат.pdf", MimeType = "application/pdf", Buffer = EvidenceSamples.Pdf("Сертифікат") });
        await page.ClickAsync("form[data-form=participant] button[type=submit]");
        await page.Locator("[data-participant] [data-certificate]").WaitForAsync();
        await page.SelectOptionAsync("#Input_ParticipantUnitId", scene.UnitId.ToString());
        await page.FillAsync("#Input_ParticipantName", "Дячук Роман Петрович");
        await page.ClickAsync("form[data-form=participant] button[type=submit]");
        await page.Locator("[data-participant]", new() { HasTextString = "Дячук Роман Петрович" }).WaitForAsync();
        Assert.Equal(2, await page.Locator("[data-participant]").CountAsync());

        // The edit: the training turned out shorter.
        await page.FillAsync("#Input_Hours", "6");
        await page.ClickAsync("form[data-form=training] button[type=submit]");
        await page.Locator("[data-notice]").WaitForAsync();
        Assert.Equal("6", await page.InputValueAsync("#Input_Hours"));

        await page.GotoAsync("/registers/trainings?q=" + Uri.EscapeDataString(Topic));
        var row = page.Locator("tr[data-entry]", new() { HasTextString = Topic });
        Assert.Equal("14.10.2020–15.10.2020", await row.Locator("[data-dates]").InnerTextAsync());
        Assert.Equal("2", await row.Locator("[data-participants]").InnerTextAsync());
        ScreenshotAssert.Saved(await browser.ScreenshotAsync(page, "register-trainings"));
        var csv = await scene.CsvAsync();
        Assert.Contains(Topic, csv, StringComparison.Ordinal);
        var sheet = Assert.Single(await scene.XlsxAsync());
        Assert.Equal(Topic, sheet["topic"]);
        Assert.Equal("НАЗК", sheet["organiser"]);
        Assert.Equal(6, Convert.ToInt32(sheet["hours"], System.Globalization.CultureInfo.InvariantCulture));

        await page.GotoAsync("/registers/trainings/consultations");
        await page.ClickAsync("a[data-new]");
        await page.SelectOptionAsync("#Input_OrgUnitId", scene.UnitId.ToString());
        await page.FillAsync("#Input_PersonName", "Ярошенко Леся");
        await page.FillAsync("#Input_AskedOn", "20.10.2020");
        await page.FillAsync("#Input_Question", "Чи потрібно повідомляти про сумісництво з викладацькою діяльністю?");
        await page.FillAsync("#Input_Answer", "Ні: викладацька діяльність дозволена, але про потенційний конфлікт інтересів слід повідомити");
        await page.FillAsync("#Input_AnsweredOn", "22.10.2020");
        await page.ClickAsync("form[data-form=consultation] button[type=submit]");
        await page.Locator("[data-notice]").WaitForAsync();
        await page.GotoAsync($"/registers/trainings/consultations?unit={scene.UnitId}");
        Assert.Contains("викладацькою діяльністю", await page.Locator("tr[data-entry]").InnerTextAsync(), StringComparison.Ordinal);
        var consultations = await scene.CsvAsync();
        Assert.Contains("Ярошенко Леся", consultations, StringComparison.Ordinal);
        Assert.Contains("Чи потрібно повідомляти про сумісництво з викладацькою діяльністю?", consultations, StringComparison.Ordinal);

        await page.GotoAsync("/registers/trainings/coverage?year=2020");
        Assert.StartsWith("2", (await page.Locator($"tr[data-unit='{scene.UnitId}'] [data-trained]").InnerTextAsync()).Trim(), StringComparison.Ordinal);
        Assert.Equal(0, await page.Locator($"tr[data-unit='{scene.UnitId}'] [data-not-trained]").CountAsync());
        ScreenshotAssert.Saved(await browser.ScreenshotAsync(page, "register-trainings-coverage"));

        var form = await scene.ReportFormAsync();
        Assert.Equal(["1", "2", "6", "1"], await form.Locator("[data-offer='Trainings'] [data-figure]").AllInnerTextsAsync());
        var values = await scene.FillAndSaveAsync(form, "Проведено 1 навчальних заходів тривалістю 6 годин, навчання пройшли 2 осіб; надано 1 консультацій.", "register-trainings-in-report");
        Assert.Equal([1m, 1m, 2m, 6m], values);
        Assert.True(await scene.ReportLinksToAsync("/registers/trainings?from=01.10.2020&to=31.12.2020"));
        Assert.DoesNotContain("Олійник", await form.ContentAsync(), StringComparison.Ordinal);
    }
}
