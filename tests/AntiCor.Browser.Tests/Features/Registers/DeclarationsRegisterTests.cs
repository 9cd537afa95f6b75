using AntiCor.Browser.Tests.Support;
using AntiCor.Core.Data;
using AntiCor.Core.Registers;
using AntiCor.Core.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace AntiCor.Browser.Tests.Features.Registers;

/// <summary>
/// The declarations register end to end: the coordinator links it to measure 7.7, records two
/// leavers of the last quarter (one deadline moved off a Saturday), marks one filed with its link in
/// the public register and the other told to NACP, exports the list; the executor of 7.7 finds the
/// campaign's figures for the period in the report form and takes them into the draft.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class DeclarationsRegisterTests(BrowserFixture browser)
{
    private const string Password = "reiestr-deklaruvannia";
    private const string MeasureNumber = "7.7";
    private const string PublicEntry = "https://public.nazk.gov.ua/documents/5b1f0c3e-7a2d-4e11-8f0a-2c9d3e4f5a6b";

    [Fact]
    public async Task The_coordinator_keeps_the_campaign_and_its_figures_fill_the_linked_measures_report_form()
    {
        var executor = await BrowserObligations.ExecutorWithObligationAsync(browser.Services, Password, "Виконавець Тарас", MeasureNumber);
        var (coordinator, coordinatorKey) = await BrowserAccounts.CreateAsync(browser.Services, Roles.Coordinator, Password, "Координаторка Надія");
        Guid unitId;
        await using (var scope = browser.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            unitId = await db.Obligations.Where(o => o.Id == executor.ObligationId).Select(o => o.OrgUnitId).SingleAsync();
        }

        await using var coordinatorContext = await browser.NewContextAsync();
        var page = await coordinatorContext.NewPageAsync();
        await BrowserAccounts.SignInAsync(page, coordinator, Password, coordinatorKey!, "/registers");
        await page.GotoAsync("/registers");
        await page.SelectOptionAsync("#ProgrammeId", executor.ProgrammeId.ToString());
        await page.SelectOptionAsync("#Register", nameof(RegisterKind.Declarations));
        await page.FillAsync("#MeasureNumber", MeasureNumber);
        await page.ClickAsync("form[data-form=register-link] button[type=submit]");
        Assert.Equal(MeasureNumber, await page.Locator("tr[data-link='Declarations'] [data-measure]").InnerTextAsync());

        async Task AddLeaverAsync(string name, string email, string dismissed)
        {
            await page.GotoAsync("/registers/declarations");
            await page.ClickAsync("a[data-new]");
            await page.FillAsync("#Input_Year", "2020");
            await page.SelectOptionAsync("#Input_OrgUnitId", unitId.ToString());
            await page.FillAsync("#Input_PersonName", name);
            await page.FillAsync("#Input_Email", email);
            await page.FillAsync("#Input_Position", "Головний спеціаліст");
            await page.FillAsync("#Input_DismissedOn", dismissed);
            await page.ClickAsync("form[data-form=declaration] button[type=submit]");
            await page.Locator("[data-notice]").WaitForAsync();
        }

        // Dismissed 01.10.2020: day 30 is Saturday 31.10, so the deadline is Monday 02.11.2020.
        await AddLeaverAsync("Левченко Ольга Андріївна", "o.levchenko@rada.example.gov.ua", "01.10.2020");
        await AddLeaverAsync("Кучер Борис Петрович", "b.kucher@rada.example.gov.ua", "05.10.2020");
        var filedRow = page.Locator("tr[data-entry]", new() { HasTextString = "Левченко Ольга Андріївна" });
        Assert.Equal("02.11.2020", await filedRow.Locator("[data-due]").InnerTextAsync());

        await filedRow.Locator("a", new() { HasTextString = "Змінити" }).ClickAsync();
        await page.FillAsync("#Input_FiledOn", "30.10.2020");
        await page.FillAsync("#Input_RegisterUrl", "http://public.nazk.gov.ua/documents/1");
        await page.ClickAsync("form[data-form=declaration] button[type=submit]");
        Assert.Contains("https://", await page.Locator("[data-errors]").InnerTextAsync(), StringComparison.Ordinal);
        await page.FillAsync("#Input_RegisterUrl", PublicEntry);
        await page.ClickAsync("form[data-form=declaration] button[type=submit]");
        Assert.Equal("Подано вчасно", await filedRow.Locator("[data-state]").InnerTextAsync());

        var missingRow = page.Locator("tr[data-entry]", new() { HasTextString = "Кучер Борис Петрович" });
        await missingRow.Locator("a", new() { HasTextString = "Змінити" }).ClickAsync();
        await page.FillAsync("#Input_NacpNotifiedOn", "10.11.2020");
        await page.ClickAsync("form[data-form=declaration] button[type=submit]");
        Assert.Equal("10.11.2020", await missingRow.Locator("[data-nacp]").InnerTextAsync());
        Assert.Equal("Не подано", await missingRow.Locator("[data-state]").InnerTextAsync());
        ScreenshotAssert.Saved(await browser.ScreenshotAsync(page, "register-declarations"));

        var download = await page.RunAndWaitForDownloadAsync(() => page.ClickAsync("a[data-export=csv]"));
        var csv = await File.ReadAllTextAsync((await download.PathAsync())!);
        Assert.Contains("Левченко Ольга Андріївна", csv, StringComparison.Ordinal);
        Assert.Contains(PublicEntry, csv, StringComparison.Ordinal);

        await using var executorContext = await browser.NewContextAsync();
        var form = await executorContext.NewPageAsync();
        await BrowserAccounts.SignInAsync(form, executor.Email, Password, executor.Key, "/my/obligations");
        await form.GotoAsync($"/my/obligations/{executor.ObligationId}/report");
        var offer = form.Locator("[data-offer='Declarations']");
        Assert.Equal(["2", "1", "0", "1", "1"], await offer.Locator("[data-figure]").AllInnerTextsAsync());
        await form.ClickAsync("a[data-fill-from-register]");
        await form.Locator("[data-register-filled]").WaitForAsync();
        Assert.Contains("вчасно подали 1", await form.InputValueAsync("#done"), StringComparison.Ordinal);
        ScreenshotAssert.Saved(await browser.ScreenshotAsync(form, "register-declarations-in-report"));
        await form.ClickAsync("button[data-save]");
        await form.Locator("[data-notice]").WaitForAsync();

        await using var check = browser.Services.CreateAsyncScope();
        var report = await check.ServiceProvider.GetRequiredService<AppDbContext>().Reports.SingleAsync(r => r.ObligationId == executor.ObligationId);
        Assert.Equal([0m, 1m, 1m, 1m, 2m], report.IndicatorValues.Select(v => v.Value).Order());
        Assert.Contains(report.Evidence, e => e.Url?.Contains("/registers/declarations?from=01.10.2020&to=31.12.2020", StringComparison.Ordinal) == true);
        Assert.DoesNotContain("Левченко", await form.ContentAsync(), StringComparison.Ordinal);
    }
}
