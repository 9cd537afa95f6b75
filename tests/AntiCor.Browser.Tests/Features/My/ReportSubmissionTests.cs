using AntiCor.Browser.Tests.Support;
using AntiCor.Core.Data;
using AntiCor.Core.Reporting;
using AntiCor.Tests.Shared;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace AntiCor.Browser.Tests.Features.My;

[Collection(BrowserCollection.Name)]
public sealed class ReportSubmissionTests(BrowserFixture browser)
{
    private const string Password = "zvit-pro-vykonannia-zakhodu";

    [Fact]
    public async Task An_executor_opens_the_report_form_from_their_obligations_attaches_a_pdf_and_submits()
    {
        var (email, key, obligationId, _, _, _) = await BrowserObligations.ExecutorWithObligationAsync(browser.Services, Password, "Виконавиця Оксана", "1.1");
        await using var context = await browser.NewContextAsync();
        var page = await context.NewPageAsync();
        await BrowserAccounts.SignInAsync(page, email, Password, key, "/my/obligations");

        await page.GotoAsync("/my/obligations");
        await page.Locator($"tr[data-obligation='{obligationId}'] a", new() { HasTextString = "Звіт" }).ClickAsync();
        await page.WaitForURLAsync(url => url.EndsWith($"/my/obligations/{obligationId}/report", StringComparison.Ordinal));

        await page.CheckAsync($"input[name='Input.MessageType'][value='{nameof(MessageType.Result)}']");
        await page.SelectOptionAsync("#status", nameof(MeasureStatus.Done));
        await page.FillAsync("#done", "Проведено навчання з антикорупційного законодавства для 40 працівників");
        await page.FillAsync("#completed", "30.12.2020");
        await page.SetInputFilesAsync("#upload", new FilePayload { Name = "акт-навчання.pdf", MimeType = "application/pdf", Buffer = EvidenceSamples.Pdf() });
        await page.ClickAsync("button[data-submit]");

        await page.Locator("[data-waiting]").WaitForAsync();
        var version = page.Locator("[data-version='1']");
        Assert.Equal("Виконано", await version.Locator("[data-status]").InnerTextAsync());
        Assert.True(await version.Locator("a", new() { HasTextString = "акт-навчання.pdf" }).IsVisibleAsync());
        ScreenshotAssert.Saved(await browser.ScreenshotAsync(page, "report-submitted"));

        await using var scope = browser.Services.CreateAsyncScope();
        var report = await scope.ServiceProvider.GetRequiredService<AppDbContext>().Reports.SingleAsync(r => r.ObligationId == obligationId);
        Assert.Equal(ReportState.Submitted, report.State);
        Assert.Equal("application/pdf", report.Evidence.Single().MediaType);
    }
}
