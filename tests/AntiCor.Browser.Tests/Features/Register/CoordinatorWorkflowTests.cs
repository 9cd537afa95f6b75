using System.IO.Compression;
using AntiCor.Browser.Tests.Support;
using AntiCor.Core.Documents.Import;
using AntiCor.Core.Security;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace AntiCor.Browser.Tests.Features.Register;

/// <summary>
/// A coordinator, as a new user would: uploads the seed as DOCX, sees the programme it means,
/// fixes the flagged measures, confirms, amends one measure by a later act, compares the editions
/// and downloads the programme as DOCX, XLSX and CSV.
/// </summary>
[Collection(RegisterCollection.Name)]
public sealed class CoordinatorWorkflowTests(BrowserFixture browser)
{
    private const string Password = "zelenyi-sad-nad-inhulom";
    private static readonly string[] Flagged = ["6.2", "7.1", "7.2", "7.3", "7.4", "7.5"];

    [Fact]
    public async Task Coordinator_uploads_reviews_confirms_amends_compares_and_downloads()
    {
        await using var context = await browser.NewContextAsync();
        var page = await context.NewPageAsync();
        await SignInAsCoordinatorAsync(page);

        // Upload the order as Word.
        await page.GotoAsync("/");
        await page.ClickAsync("a[data-import]");
        await Accessibility.AssertNoViolationsAsync(page);
        await page.SetInputFilesAsync("#upload", Path.Combine(AppContext.BaseDirectory, "samples", "kropyvnytskyi-2019-order-98.docx"));
        await page.ClickAsync("form[data-upload-form] button[type=submit]");
        await Assertions.Expect(page.Locator("fieldset[data-measure]")).ToHaveCountAsync(26);
        Assert.Equal(Flagged, await page.Locator("fieldset[data-needs-review='true']").EvaluateAllAsync<string[]>("els => els.map(e => e.dataset.measure)"));
        ScreenshotAssert.Saved(await browser.ScreenshotAsync(page, "register-import-review"));
        await Accessibility.AssertNoViolationsAsync(page);

        // Fix the measure left without executors; confirm the others were checked against the original.
        await page.FillAsync("fieldset[data-measure='7.5'] [data-field=executors]", "Відділ з питань запобігання і виявлення корупції та взаємодії з правоохоронними та контролюючими органами, юридичне управління");
        foreach (var number in Flagged.Take(5))
        {
            await page.CheckAsync($"fieldset[data-measure='{number}'] input[data-field=reviewed]");
        }

        await page.ClickAsync("button[data-confirm]");
        await Assertions.Expect(page.Locator("[data-same-act]")).ToBeVisibleAsync();
        ScreenshotAssert.Saved(await browser.ScreenshotAsync(page, "register-import-same-act"));
        await page.ClickAsync("[data-same-act] button");
        await page.WaitForURLAsync(url => url.Contains("/programmes/", StringComparison.Ordinal) && !url.Contains("import", StringComparison.Ordinal));
        await Assertions.Expect(page.Locator("[data-review-mark]")).ToHaveCountAsync(0);
        await Assertions.Expect(page.Locator("#measure-7\\.5 [data-executors]")).ToContainTextAsync("Юридичне управління");

        // Amend measure 8.1 by a later act.
        await page.ClickAsync("a[data-edit-measure='8.1']");
        await page.FillAsync("#term", "2020 рік");
        await page.FillAsync("#act-kind", "розпорядження");
        await page.FillAsync("#act-number", "15");
        await page.FillAsync("#act-date", "03.02.2020");
        await page.FillAsync("#act-title", "Про внесення змін до міських заходів");
        ScreenshotAssert.Saved(await browser.ScreenshotAsync(page, "register-measure-edit"));
        await Accessibility.AssertNoViolationsAsync(page);
        await page.ClickAsync("button[data-save]");
        await Assertions.Expect(page.Locator("#measure-8\\.1 [data-term]")).ToHaveAttributeAsync("data-term", "2020 рік");

        // The editions and what changed.
        await page.ClickAsync("a[data-editions]");
        await Assertions.Expect(page.Locator("tr[data-edition]").First).ToContainTextAsync("№ 15");
        await page.ClickAsync("form[data-compare-form] button");
        var line = page.Locator("tr[data-diff-line='8.1']");
        await Assertions.Expect(line).ToHaveAttributeAsync("data-kind", "changed");
        await Assertions.Expect(line.Locator("td").Nth(0)).ToContainTextAsync("2019-2020 роки");
        await Assertions.Expect(line.Locator("td").Nth(1)).ToContainTextAsync("2020 рік");
        ScreenshotAssert.Saved(await browser.ScreenshotAsync(page, "register-editions-compare"));
        await Accessibility.AssertNoViolationsAsync(page);

        // Downloads from the programme page.
        await page.GotoAsync(page.Url.Split("/editions")[0]);
        var docx = await DownloadAsync(page, "docx");
        var fromDocx = ProgrammeImporter.Import(docx, "download.docx");
        Assert.Equal(26, fromDocx.Programme.Directions.Sum(d => d.Measures.Count));
        Assert.Equal("2020 рік", fromDocx.Programme.Directions.Single(d => d.Number == 8).Measures[0].Term.Text);

        var xlsx = await DownloadAsync(page, "xlsx");
        using (var zip = new ZipArchive(new MemoryStream(xlsx)))
        {
            Assert.NotNull(zip.GetEntry("xl/workbook.xml"));
        }

        var csv = await DownloadAsync(page, "csv");
        Assert.Equal([0xEF, 0xBB, 0xBF], csv.Take(3));
        Assert.Contains("Юридичне управління", System.Text.Encoding.UTF8.GetString(csv));
    }

    private async Task<byte[]> DownloadAsync(IPage page, string format)
    {
        var download = await page.RunAndWaitForDownloadAsync(() => page.ClickAsync($"a[data-download={format}]"));
        var path = Path.Combine(browser.ScreenshotFolder, $"download.{format}");
        await download.SaveAsAsync(path);
        Assert.EndsWith($".{format}", download.SuggestedFilename);
        return await File.ReadAllBytesAsync(path);
    }

    private async Task SignInAsCoordinatorAsync(IPage page)
    {
        var (email, key) = await BrowserAccounts.CreateAsync(browser.Services, Roles.Coordinator, Password, "Координаторка Ірина");
        await BrowserAccounts.SignInAsync(page, email, Password, key!);
    }
}
