using AntiCor.Browser.Tests.Support;
using AntiCor.Core.Data;
using AntiCor.Core.Reporting;
using AntiCor.Core.Security;
using AntiCor.Tests.Shared;
using DocumentFormat.OpenXml.Packaging;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace AntiCor.Browser.Tests.Features.My;

/// <summary>One period walked end to end by the three people of the cycle, each in their own browser.</summary>
[Collection(BrowserCollection.Name)]
public sealed class ReportingCycleTests(BrowserFixture browser)
{
    private const string Password = "tsykl-zvituvannia-kvartalu";
    private const string Corrected = "Проведено навчання для 40 працівників; наказ про навчання додано до звіту";

    [Fact]
    public async Task Executor_submits_coordinator_returns_executor_corrects_coordinator_accepts_and_the_head_downloads_the_report()
    {
        var (executor, executorKey, obligationId, measureId, programmeId, periodKey) =
            await BrowserObligations.ExecutorWithObligationAsync(browser.Services, Password, "Виконавець Андрій", "2.1");
        var (coordinator, coordinatorKey) = await BrowserAccounts.CreateAsync(browser.Services, Roles.Coordinator, Password, "Координаторка Ірина");
        var (head, headKey) = await BrowserAccounts.CreateAsync(browser.Services, Roles.Head, Password, "Голова Петро");

        await using var executorContext = await browser.NewContextAsync();
        var executorPage = await executorContext.NewPageAsync();
        await BrowserAccounts.SignInAsync(executorPage, executor, Password, executorKey, "/my/obligations");
        await executorPage.GotoAsync($"/my/obligations/{obligationId}/report");
        await executorPage.CheckAsync($"input[name='Input.MessageType'][value='{nameof(MessageType.Result)}']");
        await executorPage.SelectOptionAsync("#status", nameof(MeasureStatus.Done));
        await executorPage.FillAsync("#done", "Проведено навчання для 40 працівників");
        await executorPage.FillAsync("#completed", "30.12.2020");
        await executorPage.SetInputFilesAsync("#upload", new FilePayload { Name = "акт.pdf", MimeType = "application/pdf", Buffer = EvidenceSamples.Pdf() });
        await executorPage.ClickAsync("button[data-submit]");
        await executorPage.Locator("[data-waiting]").WaitForAsync();

        await using var coordinatorContext = await browser.NewContextAsync();
        var coordinatorPage = await coordinatorContext.NewPageAsync();
        await BrowserAccounts.SignInAsync(coordinatorPage, coordinator, Password, coordinatorKey!, "/");
        var first = await ReportIdAsync(obligationId, 1);
        await coordinatorPage.GotoAsync($"/reports/{first}/review");
        await coordinatorPage.FillAsync("#comment", "Додайте наказ про проведення навчання");
        await coordinatorPage.ClickAsync("button[data-return]");
        await coordinatorPage.Locator("[data-not-waiting]").WaitForAsync();

        await executorPage.GotoAsync($"/my/obligations/{obligationId}/report");
        Assert.Contains("Додайте наказ", await executorPage.Locator("[data-version='1']").InnerTextAsync());
        await executorPage.ClickAsync("button[data-correct]");
        await executorPage.FillAsync("#done", Corrected);
        await executorPage.FillAsync("#correction", "Додано наказ на вимогу департаменту");
        await executorPage.ClickAsync("button[data-submit]");
        await executorPage.Locator("[data-waiting]").WaitForAsync();

        var second = await ReportIdAsync(obligationId, 2);
        await coordinatorPage.GotoAsync($"/reports/{second}/review");
        await coordinatorPage.ClickAsync("button[data-accept]");
        await coordinatorPage.Locator("[data-not-waiting]").WaitForAsync();
        await coordinatorPage.GotoAsync($"/programmes/{programmeId}/periods/{periodKey}/measures/{measureId}");
        await coordinatorPage.CheckAsync($"input[name='Verdict'][value='{nameof(Verdict.OnTimeAndInFull)}']");
        await coordinatorPage.ClickAsync("form[data-verdict-form] button[type=submit]");
        await coordinatorPage.Locator("form[data-verdict-form]").WaitForAsync();
        ScreenshotAssert.Saved(await browser.ScreenshotAsync(coordinatorPage, "reporting-verdict"));

        await using var headContext = await browser.NewContextAsync();
        var headPage = await headContext.NewPageAsync();
        await BrowserAccounts.SignInAsync(headPage, head, Password, headKey!, "/");
        await headPage.GotoAsync($"/programmes/{programmeId}/overview?period={periodKey}");
        ScreenshotAssert.Saved(await browser.ScreenshotAsync(headPage, "reporting-overview"));
        var download = await headPage.RunAndWaitForDownloadAsync(() =>
            headPage.Locator("[data-downloads] a", new() { HasTextString = "DOCX" }).First.ClickAsync());
        var path = Path.Combine(Path.GetTempPath(), $"consolidated-{Guid.NewGuid():N}.docx");
        await download.SaveAsAsync(path);
        try
        {
            using var docx = WordprocessingDocument.Open(path, false);
            var text = docx.MainDocumentPart!.Document.Body!.InnerText;
            Assert.Contains(Corrected, text);
        }
        finally
        {
            File.Delete(path);
        }

        await using var scope = browser.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        Assert.Equal(ObligationState.Accepted, (await db.Obligations.SingleAsync(o => o.Id == obligationId)).State);
        Assert.Equal(Verdict.OnTimeAndInFull, (await db.MeasureAssessments.SingleAsync(a => a.MeasureId == measureId && a.Verdict != null)).Verdict);
    }

    private async Task<Guid> ReportIdAsync(Guid obligationId, int number)
    {
        await using var scope = browser.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<AppDbContext>().Reports
            .Where(r => r.ObligationId == obligationId && r.Number == number).Select(r => r.Id).SingleAsync();
    }
}
