using AntiCor.Browser.Tests.Support;
using AntiCor.Core.Registers;

namespace AntiCor.Browser.Tests.Features.Registers;

/// <summary>
/// The register of appointment notices end to end: the coordinator links it to measure 3.1 (five
/// calendar days), records a notice in time and a late one (an appointment before its notice
/// refused), corrects a position; the exports open with the Cyrillic text; the executor of 3.1
/// takes the figures for the period into the report.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class AppointmentsRegisterTests(BrowserFixture browser)
{
    private const string Password = "reiestr-povidomlen-pro-pryznachennia";

    [Fact]
    public async Task The_coordinator_records_notices_and_their_figures_fill_the_linked_measures_report_form()
    {
        await using var scene = await RegisterBrowserScene.StartAsync(browser, Password, RegisterKind.Appointments, "3.1", "Виконавець Степан", "Координаторка Ірина");
        var page = scene.Page;

        async Task NoticeAsync(string candidate, string position, string received, string planned)
        {
            await page.GotoAsync("/registers/appointments");
            await page.ClickAsync("a[data-new]");
            await page.SelectOptionAsync("#Input_OrgUnitId", scene.UnitId.ToString());
            await page.FillAsync("#Input_CandidateName", candidate);
            await page.FillAsync("#Input_Position", position);
            await page.FillAsync("#Input_NoticeReceivedOn", received);
            await page.FillAsync("#Input_PlannedAppointmentOn", planned);
            await page.ClickAsync("form[data-form=appointment] button[type=submit]");
        }

        await NoticeAsync("Савченко Ірина Олегівна", "Начальник відділу", "01.10.2020", "09.10.2020");
        await page.Locator("[data-notice]").WaitForAsync();
        await NoticeAsync("Мороз Дмитро Ігорович", "Головний спеціаліст", "12.10.2020", "10.10.2020");
        Assert.Contains(RegisterWords.AppointmentBeforeNotice, await page.Locator("[data-errors]").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Equal("Мороз Дмитро Ігорович", await page.InputValueAsync("#Input_CandidateName"));
        await page.FillAsync("#Input_PlannedAppointmentOn", "14.10.2020");
        await page.ClickAsync("form[data-form=appointment] button[type=submit]");
        await page.Locator("[data-notice]").WaitForAsync();

        var late = page.Locator("tr[data-entry]", new() { HasTextString = "Мороз Дмитро Ігорович" });
        Assert.Equal("True", await late.Locator("[data-late]").GetAttributeAsync("data-late"));
        Assert.Equal("Пізно: бракує 3 дн. до мінімуму 5 дн.", await late.Locator("[data-late]").InnerTextAsync());
        var inTime = page.Locator("tr[data-entry]", new() { HasTextString = "Савченко Ірина Олегівна" });
        Assert.Equal("8", await inTime.Locator("[data-days]").InnerTextAsync());

        await inTime.Locator("a").ClickAsync();
        await page.FillAsync("#Input_Position", "Начальник управління соціального захисту");
        await page.ClickAsync("form[data-form=appointment] button[type=submit]");
        Assert.Equal("Начальник управління соціального захисту", await inTime.Locator("[data-position]").InnerTextAsync());
        ScreenshotAssert.Saved(await browser.ScreenshotAsync(page, "register-appointments"));

        await page.GotoAsync($"/registers/appointments?unit={scene.UnitId}");
        var csv = await scene.CsvAsync();
        Assert.Contains("Савченко Ірина Олегівна", csv, StringComparison.Ordinal);
        Assert.Contains("Начальник управління соціального захисту", csv, StringComparison.Ordinal);
        var sheet = await scene.XlsxAsync();
        Assert.Equal(["Мороз Дмитро Ігорович", "Савченко Ірина Олегівна"], sheet.Select(r => r["candidate"]?.ToString()));
        Assert.Equal(3, Convert.ToInt32(sheet[0]["daysMissing"], System.Globalization.CultureInfo.InvariantCulture));

        var form = await scene.ReportFormAsync();
        Assert.Equal(["2", "1"], await form.Locator("[data-offer='Appointments'] [data-figure]").AllInnerTextsAsync());
        var values = await scene.FillAndSaveAsync(form, "Надійшло 2 повідомлень про кандидатів на призначення, з них 1 — із порушенням строку.", "register-appointments-in-report");
        Assert.Equal([1m, 2m], values);
        Assert.True(await scene.ReportLinksToAsync("/registers/appointments?from=01.10.2020&to=31.12.2020"));
        Assert.DoesNotContain("Савченко", await form.ContentAsync(), StringComparison.Ordinal);
    }
}
