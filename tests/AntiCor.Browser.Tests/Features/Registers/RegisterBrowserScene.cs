using System.Text;
using AntiCor.Browser.Tests.Support;
using AntiCor.Core.Data;
using AntiCor.Core.Registers;
using AntiCor.Core.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace AntiCor.Browser.Tests.Features.Registers;

/// <summary>
/// What a register's browser test starts from: an executor leading the measure in the seed's last
/// quarter (a unit of its own), and the coordinator signed in, the register already linked to the
/// measure on /registers. It downloads the list's exports as a user would open them, and opens the
/// executor's report form for the period.
/// </summary>
public sealed class RegisterBrowserScene : IAsyncDisposable
{
    private readonly BrowserFixture _browser;
    private readonly IBrowserContext _coordinator;
    private readonly string _password;
    private IBrowserContext? _executor;

    private RegisterBrowserScene(BrowserFixture browser, IBrowserContext coordinator, IPage page, ExecutorObligation executor, Guid unitId, string password)
    {
        _browser = browser;
        _coordinator = coordinator;
        Page = page;
        Executor = executor;
        UnitId = unitId;
        _password = password;
    }

    /// <summary>The coordinator's page.</summary>
    public IPage Page { get; }

    public ExecutorObligation Executor { get; }

    /// <summary>The executor's unit, whose entries the test records.</summary>
    public Guid UnitId { get; }

    public static async Task<RegisterBrowserScene> StartAsync(BrowserFixture browser, string password, RegisterKind register, string measureNumber, string executorName, string coordinatorName)
    {
        var executor = await BrowserObligations.ExecutorWithObligationAsync(browser.Services, password, executorName, measureNumber);
        var (coordinator, coordinatorKey) = await BrowserAccounts.CreateAsync(browser.Services, Roles.Coordinator, password, coordinatorName);
        Guid unitId;
        await using (var scope = browser.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            unitId = await db.Obligations.Where(o => o.Id == executor.ObligationId).Select(o => o.OrgUnitId).SingleAsync();
        }

        var context = await browser.NewContextAsync();
        var page = await context.NewPageAsync();
        await BrowserAccounts.SignInAsync(page, coordinator, password, coordinatorKey!, "/registers");
        await page.GotoAsync("/registers");
        await page.SelectOptionAsync("#ProgrammeId", executor.ProgrammeId.ToString());
        await page.SelectOptionAsync("#Register", register.ToString());
        await page.FillAsync("#MeasureNumber", measureNumber);
        await page.ClickAsync("form[data-form=register-link] button[type=submit]");
        Assert.Equal(measureNumber, await page.Locator($"tr[data-link='{register}'] [data-measure]").InnerTextAsync());
        return new RegisterBrowserScene(browser, context, page, executor, unitId, password);
    }

    /// <summary>The list's CSV download as Excel opens it: UTF-8 with a byte order mark, its text.</summary>
    public async Task<string> CsvAsync()
    {
        var download = await Page.RunAndWaitForDownloadAsync(() => Page.ClickAsync("a[data-export=csv]"));
        Assert.EndsWith(".csv", download.SuggestedFilename, StringComparison.Ordinal);
        var bytes = await File.ReadAllBytesAsync((await download.PathAsync())!);
        Assert.Equal(Encoding.UTF8.Preamble.ToArray(), bytes.Take(3));
        return Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3);
    }

    /// <summary>The list's XLSX download read as a workbook: each data row's cells by the header row's field names.</summary>
    public async Task<IReadOnlyList<IDictionary<string, object?>>> XlsxAsync()
    {
        var download = await Page.RunAndWaitForDownloadAsync(() => Page.ClickAsync("a[data-export=xlsx]"));
        Assert.EndsWith(".xlsx", download.SuggestedFilename, StringComparison.Ordinal);
        await using var file = File.OpenRead((await download.PathAsync())!);
        return [.. MiniExcelLibs.MiniExcel.Query(file, useHeaderRow: true).Cast<IDictionary<string, object?>>()];
    }

    /// <summary>The executor signed in, on the report form of their obligation for the period.</summary>
    public async Task<IPage> ReportFormAsync()
    {
        _executor = await _browser.NewContextAsync();
        var form = await _executor.NewPageAsync();
        await BrowserAccounts.SignInAsync(form, Executor.Email, _password, Executor.Key, "/my/obligations");
        await form.GotoAsync($"/my/obligations/{Executor.ObligationId}/report");
        return form;
    }

    /// <summary>Takes the register's figures into the form, checks the sentence, saves the draft; returns the stored indicator values, in order.</summary>
    public async Task<IReadOnlyList<decimal>> FillAndSaveAsync(IPage form, string sentence, string screenshot)
    {
        await form.ClickAsync("a[data-fill-from-register]");
        await form.Locator("[data-register-filled]").WaitForAsync();
        Assert.Contains(sentence, await form.InputValueAsync("#done"), StringComparison.Ordinal);
        ScreenshotAssert.Saved(await _browser.ScreenshotAsync(form, screenshot));
        await form.ClickAsync("button[data-save]");
        await form.Locator("[data-notice]").WaitForAsync();
        await using var check = _browser.Services.CreateAsyncScope();
        var report = await check.ServiceProvider.GetRequiredService<AppDbContext>().Reports.SingleAsync(r => r.ObligationId == Executor.ObligationId);
        return [.. report.IndicatorValues.Select(v => v.Value).Order()];
    }

    /// <summary>The link back to the register's entries for the period, as the saved draft holds it.</summary>
    public async Task<bool> ReportLinksToAsync(string entries)
    {
        await using var check = _browser.Services.CreateAsyncScope();
        var report = await check.ServiceProvider.GetRequiredService<AppDbContext>().Reports.SingleAsync(r => r.ObligationId == Executor.ObligationId);
        return report.Evidence.Any(e => e.Url?.Contains(entries, StringComparison.Ordinal) == true);
    }

    public async ValueTask DisposeAsync()
    {
        if (_executor is not null)
        {
            await _executor.DisposeAsync();
        }

        await _coordinator.DisposeAsync();
    }
}
