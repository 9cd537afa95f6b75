using AntiCor.Browser.Tests.Support;
using AntiCor.Core.Data;
using AntiCor.Core.Domain;
using AntiCor.Core.Reporting;
using AntiCor.Core.Security;
using AntiCor.Core.Seed;
using AntiCor.Tests.Shared;
using Microsoft.AspNetCore.Identity;
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
        var (email, key, obligationId) = await ExecutorWithObligationAsync();
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

    /// <summary>An executor of a unit of their own with one obligation in the seed's last quarter (the current one on a clock past the programme).</summary>
    private async Task<(string Email, string Key, Guid ObligationId)> ExecutorWithObligationAsync()
    {
        var (email, key) = await BrowserAccounts.CreateAsync(browser.Services, Roles.Executor, Password, "Виконавиця Оксана");
        await using var scope = browser.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var user = await scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>().FindByEmailAsync(email);
        var organization = await db.Organizations.Where(o => o.Slug == SeedProgramme.OrganizationSlug).Select(o => o.Id).SingleAsync();
        var period = await db.ReportingPeriods.Where(p => p.OrganizationId == organization).OrderByDescending(p => p.DueOn).FirstAsync();
        var measure = await db.Measures.Where(m => m.OrganizationId == organization && m.Number == "1.1").Select(m => m.Id).FirstAsync();
        var unit = new OrgUnit(organization, $"Відділ для звіту {Guid.NewGuid():N}"[..26], ExecutorKind.Unit);
        var obligation = new Obligation(period, measure, unit.Id, isLead: true);
        db.AddRange(unit, obligation);
        db.UserUnits.Add(new UserUnit(user!.Id, unit.Id));
        await db.SaveChangesAsync();
        return (email, key!, obligation.Id);
    }
}
