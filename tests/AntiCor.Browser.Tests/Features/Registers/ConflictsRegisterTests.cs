using AntiCor.Browser.Tests.Support;
using AntiCor.Core.Data;
using AntiCor.Core.Registers;
using AntiCor.Core.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace AntiCor.Browser.Tests.Features.Registers;

/// <summary>
/// The register of conflicts of interest end to end: the coordinator links it to measure 5.1,
/// records and edits a notification and exports the list; the executor of 5.1 finds the
/// register's figures for the period in the report form and takes them into the draft.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class ConflictsRegisterTests(BrowserFixture browser)
{
    private const string Password = "reiestr-konfliktu-interesiv";
    private const string MeasureNumber = "5.1";

    [Fact]
    public async Task The_coordinator_keeps_the_register_and_its_figures_fill_the_linked_measures_report_form()
    {
        var executor = await BrowserObligations.ExecutorWithObligationAsync(browser.Services, Password, "Виконавиця Леся", MeasureNumber);
        var (coordinator, coordinatorKey) = await BrowserAccounts.CreateAsync(browser.Services, Roles.Coordinator, Password, "Координатор Богдан");
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
        await page.SelectOptionAsync("#Register", nameof(RegisterKind.Conflicts));
        await page.FillAsync("#MeasureNumber", MeasureNumber);
        await page.ClickAsync("form[data-form=register-link] button[type=submit]");
        Assert.Equal(MeasureNumber, await page.Locator("tr[data-link='Conflicts'] [data-measure]").InnerTextAsync());

        // Friday 02.10.2020: the two working days are Monday and Tuesday.
        await page.GotoAsync("/registers/conflicts");
        await page.ClickAsync("a[data-new]");
        await page.SelectOptionAsync("#Input_OrgUnitId", unitId.ToString());
        await page.FillAsync("#Input_PersonName", "Ткаченко Василь Миколайович");
        await page.FillAsync("#Input_Description", "Голова комісії з оцінки — брат учасника конкурсу");
        await page.FillAsync("#Input_NotifiedOn", "02.10.2020");
        await page.ClickAsync("form[data-form=conflict] button[type=submit]");
        var row = page.Locator($"tr[data-entry]", new() { HasTextString = "Ткаченко Василь Миколайович" });
        Assert.Equal("06.10.2020", await row.Locator("[data-due]").InnerTextAsync());

        await row.Locator("a").ClickAsync();
        await page.FillAsync("#Input_SettlementDecision", "Усунуто від участі в роботі комісії");
        await page.FillAsync("#Input_SettledOn", "05.10.2020");
        await page.FillAsync("#Input_Outcome", "Конфлікт врегульовано");
        await page.ClickAsync("form[data-form=conflict] button[type=submit]");
        Assert.Equal("05.10.2020", await row.Locator("[data-settled]").InnerTextAsync());
        ScreenshotAssert.Saved(await browser.ScreenshotAsync(page, "register-conflicts"));

        var download = await page.RunAndWaitForDownloadAsync(() => page.ClickAsync("a[data-export=csv]"));
        var csv = await File.ReadAllTextAsync((await download.PathAsync())!);
        Assert.Contains("Ткаченко Василь Миколайович", csv, StringComparison.Ordinal);
        Assert.Contains("Конфлікт врегульовано", csv, StringComparison.Ordinal);

        await using var executorContext = await browser.NewContextAsync();
        var form = await executorContext.NewPageAsync();
        await BrowserAccounts.SignInAsync(form, executor.Email, Password, executor.Key, "/my/obligations");
        await form.GotoAsync($"/my/obligations/{executor.ObligationId}/report");
        var offer = form.Locator("[data-offer='Conflicts']");
        Assert.Equal(["1", "1"], await offer.Locator("[data-figure]").AllInnerTextsAsync());
        await form.ClickAsync("a[data-fill-from-register]");
        await form.Locator("[data-register-filled]").WaitForAsync();
        Assert.Contains("1 врегульовано у строк", await form.InputValueAsync("#done"), StringComparison.Ordinal);
        ScreenshotAssert.Saved(await browser.ScreenshotAsync(form, "register-figures-in-report"));
        await form.ClickAsync("button[data-save]");
        await form.Locator("[data-notice]").WaitForAsync();

        await using var check = browser.Services.CreateAsyncScope();
        var report = await check.ServiceProvider.GetRequiredService<AppDbContext>().Reports.SingleAsync(r => r.ObligationId == executor.ObligationId);
        Assert.Equal([1m, 1m], report.IndicatorValues.Select(v => v.Value));
        Assert.Contains(report.Evidence, e => e.Url?.Contains("/registers/conflicts?from=01.10.2020&to=31.12.2020", StringComparison.Ordinal) == true);
        Assert.DoesNotContain("Ткаченко", (await form.ContentAsync()), StringComparison.Ordinal);
    }
}
