using System.Net;
using AntiCor.Core.Registers;
using AntiCor.Core.Registers.Import;
using AntiCor.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;
using static AntiCor.Web.Tests.Features.Registers.RegisterImportSteps;

namespace AntiCor.Web.Tests.Features.Registers;

/// <summary>
/// The declarations register imported from XLSX in the columns of its export: a declarant already
/// in the year's campaign, or twice in the file, refuses the file; dates in the wrong order are named
/// by row and column; nothing is stored until every row is right. Campaigns of 2046 and 2048, used by no other test.
/// </summary>
[Collection(AppCollection.Name)]
public sealed class DeclarationsImportTests(AntiCorFactory factory)
{
    private const string PublicEntry = "https://public.nazk.gov.ua/documents/5b3f0c2e-7d41-4f0a-8a55-3c9e1d2b7a44";

    private static string NewEmail() => $"import.{Guid.NewGuid():N}@example.gov.ua";

    private static Dictionary<string, string> Declarant(Guid unit, int year, string person, string email,
        string? dismissed = null, string? filed = null, string? url = null, string? nacp = null) => new()
    {
        ["Input.OrgUnitId"] = unit.ToString(),
        ["Input.Year"] = year.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Input.PersonName"] = person,
        ["Input.Email"] = email,
        ["Input.Position"] = "Провідний спеціаліст",
        ["Input.DismissedOn"] = dismissed ?? "",
        ["Input.FiledOn"] = filed ?? "",
        ["Input.RegisterUrl"] = url ?? "",
        ["Input.NacpNotifiedOn"] = nacp ?? "",
    };

    private static string Fields(Declaration d) =>
        string.Join("|", d.OrgUnitId, d.Year, d.PersonName, d.Email, d.Position, d.DismissedOn, d.DueOn, d.FiledOn, d.RegisterUrl, d.NacpNotifiedOn);

    [Fact]
    public async Task An_export_into_the_campaign_that_has_its_declarants_is_refused_row_by_row_and_into_one_without_them_imports_field_for_field()
    {
        var scene = await RegisterScene.CreateAsync(factory);
        var filer = NewEmail();
        var leaver = NewEmail();
        const string person = "Гончаренко Лідія Петрівна";
        await RegisterScene.PostAsync(scene.Coordinator, "/registers/declarations/edit",
            Declarant(scene.UnitId, 2046, person, filer, filed: "20.03.2047", url: PublicEntry), HttpStatusCode.Redirect);
        await RegisterScene.PostAsync(scene.Coordinator, "/registers/declarations/edit",
            Declarant(scene.UnitId, 2046, "Кравець Богдан Олегович", leaver, dismissed: "10.03.2047", nacp: "20.04.2047"), HttpStatusCode.Redirect);
        var originals = await factory.QueryAsync(db => db.Declarations.AsNoTracking().Where(d => d.OrgUnitId == scene.UnitId).ToListAsync());
        var export = await ExportAsync(scene.Coordinator, $"/registers/declarations?unit={scene.UnitId}");

        // The same people are in the 2046 campaign already: each row is refused, the save is disabled, nothing is stored.
        var twice = await UploadAsync(scene.Coordinator, "declarations", "declarations.xlsx", export);
        Assert.Equal(HttpStatusCode.OK, twice.Status);
        Assert.Equal(2, twice.All("tr[data-line][data-valid=False]").Count);
        Assert.All(twice.All("[data-line-errors]"), cell => Assert.Contains($"«Пошта»: {RegisterWords.DeclarantTwice}", HtmlPage.Text(cell), StringComparison.Ordinal));
        Assert.NotNull(twice.Single("button[data-save]").GetAttribute("disabled"));
        using (var forced = await SaveAsync(scene.Coordinator, "declarations", Draft(twice)))
        {
            Assert.Equal(HttpStatusCode.OK, forced.StatusCode);
        }

        Assert.Equal(2, await factory.QueryAsync(db => db.Declarations.CountAsync(d => d.OrgUnitId == scene.UnitId)));

        // Into a register without them (the entries gone), the same file stores them as they were.
        await factory.QueryAsync(db => db.Declarations.Where(d => d.OrgUnitId == scene.UnitId).ExecuteDeleteAsync());
        var auditBefore = await factory.QueryAsync(db => db.AuditEntries.CountAsync(a => a.EntityType == "Declaration" && a.Action == "created"));
        var review = await UploadAsync(scene.Coordinator, "declarations", "declarations.xlsx", export);
        Assert.Equal(2, review.All("tr[data-line][data-valid=True]").Count);
        Assert.Contains(person, review.Single("table[data-review]").TextContent, StringComparison.Ordinal);
        Assert.Empty(await factory.QueryAsync(db => db.Declarations.Where(d => d.OrgUnitId == scene.UnitId).ToListAsync()));

        using var saved = await SaveAsync(scene.Coordinator, "declarations", Draft(review));
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal("/registers/declarations", saved.Headers.Location!.OriginalString);
        var imported = await factory.QueryAsync(db => db.Declarations.AsNoTracking().Where(d => d.OrgUnitId == scene.UnitId).ToListAsync());
        Assert.Equal(originals.Select(Fields).Order(), imported.Select(Fields).Order());
        Assert.Equal(auditBefore + 2, await factory.QueryAsync(db => db.AuditEntries.CountAsync(a => a.EntityType == "Declaration" && a.Action == "created")));
    }

    [Fact]
    public async Task A_declarant_twice_in_one_file_dates_in_the_wrong_order_or_a_bad_year_are_named_by_row_and_column_and_nothing_is_stored()
    {
        var scene = await RegisterScene.CreateAsync(factory);
        var unit = await factory.QueryAsync(db => db.OrgUnits.Where(u => u.Id == scene.UnitId).Select(u => u.Name).SingleAsync());
        var email = NewEmail();
        var file = Workbook(
            ["Рік", "Підрозділ", "Декларант", "Пошта", "Посада", "filedOn", "registerUrl", "dismissedOn"],
            ["2048", unit, "Назаренко Павло", email, "Водій", "", "", ""],
            ["2048", unit, "Назаренко Павло Ігорович", email.ToUpperInvariant(), "Водій", "", "", ""],
            ["2048", unit, "Остапчук Ніна", NewEmail(), "Юрист", "15.12.2048", PublicEntry, ""],
            ["2048", unit, "Яковенко Ілля", NewEmail(), "Юрист", "01.05.2049", PublicEntry, "10.05.2049"],
            ["двадцять", unit, "Гуменюк Зоя", "zoya at rada", "Юрист", "", "", ""]);

        var review = await UploadAsync(scene.Coordinator, "declarations", "реєстр.xlsx", file);

        Assert.Equal("True", review.Single("tr[data-line='2']").GetAttribute("data-valid"));
        Assert.Contains($"Рядок 3, «Пошта»: {RegisterImportWords.DeclarantTwiceInFile(2)}", HtmlPage.Text(review.Single("tr[data-line='3'] [data-line-errors]")), StringComparison.Ordinal);
        Assert.Contains($"Рядок 4, «Подано»: {RegisterWords.FiledBeforeCampaign}", HtmlPage.Text(review.Single("tr[data-line='4'] [data-line-errors]")), StringComparison.Ordinal);
        Assert.Contains($"Рядок 5, «Подано»: {RegisterWords.FiledBeforeDismissal}", HtmlPage.Text(review.Single("tr[data-line='5'] [data-line-errors]")), StringComparison.Ordinal);
        Assert.Contains($"Рядок 6, «Рік»: {RegisterImportWords.NotANumber}", HtmlPage.Text(review.Single("tr[data-line='6'] [data-line-errors]")), StringComparison.Ordinal);
        Assert.NotNull(review.Single("button[data-save]").GetAttribute("disabled"));
        using var forced = await SaveAsync(scene.Coordinator, "declarations", Draft(review));
        Assert.Equal(HttpStatusCode.OK, forced.StatusCode);
        Assert.False(await factory.QueryAsync(db => db.Declarations.AnyAsync(d => d.OrgUnitId == scene.UnitId)));
    }

    [Fact]
    public async Task A_table_without_the_exports_columns_is_refused_naming_the_missing_and_unknown_ones()
    {
        var scene = await RegisterScene.CreateAsync(factory);
        var before = await factory.QueryAsync(db => db.Declarations.CountAsync());

        var review = await UploadAsync(scene.Coordinator, "declarations", "реєстр.xlsx",
            Workbook(["year", "unit", "person", "Табельний номер"], ["2048", "Відділ", "Іваненко", "17"]));

        var message = review.Single("[data-file-error]").TextContent;
        Assert.Contains("бракує обов'язкових стовпців «email», «position»", message, StringComparison.Ordinal);
        Assert.Contains("невідомі стовпці «Табельний номер»", message, StringComparison.Ordinal);
        Assert.Empty(review.All("button[data-save]"));
        Assert.Equal(before, await factory.QueryAsync(db => db.Declarations.CountAsync()));
    }
}
