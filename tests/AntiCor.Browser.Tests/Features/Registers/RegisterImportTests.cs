using AntiCor.Browser.Tests.Support;
using AntiCor.Core.Data;
using AntiCor.Core.Domain;
using AntiCor.Core.Security;
using AntiCor.Core.Seed;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace AntiCor.Browser.Tests.Features.Registers;

/// <summary>The coordinator imports a register kept in Excel: upload, review each row, save, and the entries are listed.</summary>
[Collection(BrowserCollection.Name)]
public sealed class RegisterImportTests(BrowserFixture browser)
{
    private const string Password = "import-reiestru-konfliktiv";

    [Fact]
    public async Task The_coordinator_uploads_a_register_reviews_its_rows_saves_them_and_finds_them_listed()
    {
        var (coordinator, key) = await BrowserAccounts.CreateAsync(browser.Services, Roles.Coordinator, Password, "Координатор Ірина");
        var unit = $"Відділ імпорту {Guid.NewGuid():N}";
        await using (var scope = browser.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            var organization = await db.Organizations.Where(o => o.Slug == SeedProgramme.OrganizationSlug).Select(o => o.Id).FirstAsync();
            db.OrgUnits.Add(new OrgUnit(organization, unit, ExecutorKind.Unit));
            await db.SaveChangesAsync();
        }

        var rows = new List<IDictionary<string, object?>>
        {
            new Dictionary<string, object?>
            {
                ["unit"] = unit, ["person"] = "Онищенко Дарина Павлівна", ["kind"] = "Реальний", ["description"] = "Перевірка закладу, де працює сестра",
                ["notifiedOn"] = "03.03.2049", ["settlementDecision"] = "Перевірку доручено іншому інспектору", ["settledOn"] = "04.03.2049", ["outcome"] = "Врегульовано",
            },
            new Dictionary<string, object?>
            {
                ["unit"] = unit, ["person"] = "Гаврилюк Степан", ["kind"] = "Потенційний", ["description"] = "Участь у конкурсі родича",
                ["notifiedOn"] = "10.03.2049", ["settlementDecision"] = null, ["settledOn"] = null, ["outcome"] = null,
            },
        };
        using var buffer = new MemoryStream();
        MiniExcelLibs.MiniExcel.SaveAs(buffer, rows);

        await using var context = await browser.NewContextAsync();
        var page = await context.NewPageAsync();
        await BrowserAccounts.SignInAsync(page, coordinator, Password, key!, "/registers/conflicts");
        await page.GotoAsync("/registers/conflicts");
        await page.ClickAsync("a[data-import]");
        await page.SetInputFilesAsync("#upload", new FilePayload { Name = "конфлікти.xlsx", MimeType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", Buffer = buffer.ToArray() });
        await page.ClickAsync("form[data-form=register-import] button[type=submit]");

        Assert.Equal(2, await page.Locator("tr[data-line][data-valid=True]").CountAsync());
        Assert.Contains("Онищенко Дарина Павлівна", await page.Locator("table[data-review]").InnerTextAsync(), StringComparison.Ordinal);
        ScreenshotAssert.Saved(await browser.ScreenshotAsync(page, "register-import-review"));
        await page.ClickAsync("button[data-save]");

        await page.Locator("[data-notice]").WaitForAsync();
        Assert.Equal("Імпортовано записів: 2.", await page.Locator("[data-notice]").InnerTextAsync());
        var listed = page.Locator("tr[data-entry]", new() { HasTextString = unit });
        Assert.Equal(2, await listed.CountAsync());
        Assert.Equal("05.03.2049", await page.Locator("tr[data-entry]", new() { HasTextString = "Онищенко Дарина Павлівна" }).Locator("[data-due]").InnerTextAsync());
    }
}
