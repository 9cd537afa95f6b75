using System.Net;
using AntiCor.Core.Registers;
using AntiCor.Core.Registers.Import;
using AntiCor.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;
using static AntiCor.Web.Tests.Features.Registers.RegisterImportSteps;

namespace AntiCor.Web.Tests.Features.Registers;

/// <summary>
/// The register of persons held liable imported from XLSX in the columns of its export: an export
/// imports back field for field, the measures taken included; a decision before the offence, a
/// yes-or-no cell that is neither, or a column left out are named and nothing is stored. Decisions
/// in 2047 (the per-year counts of the other tests are 2050 and 2051).
/// </summary>
[Collection(AppCollection.Name)]
public sealed class LiablePersonsImportTests(AntiCorFactory factory)
{
    private static string Fields(LiablePerson l) => string.Join("|", l.OrgUnitId, l.PersonName, l.Position, l.Offence, l.OffenceOn, l.DecisionKind, l.Decision,
        l.DecisionOn, l.Dismissed, l.CausesReviewed, l.MeasuresTaken);

    [Fact]
    public async Task Exported_persons_held_liable_import_back_field_for_field_after_a_review_that_stores_nothing()
    {
        var scene = await RegisterScene.CreateAsync(factory);
        await RegisterScene.PostAsync(scene.Coordinator, "/registers/liable-persons/edit", new()
        {
            ["Input.OrgUnitId"] = scene.UnitId.ToString(), ["Input.PersonName"] = "Литвиненко Сергій", ["Input.Position"] = "Заступник начальника",
            ["Input.Offence"] = "Неповідомлення про конфлікт інтересів, ст. 172-7 КУпАП", ["Input.OffenceOn"] = "03.02.2047",
            ["Input.DecisionKind"] = nameof(LiabilityDecisionKind.CourtDecision), ["Input.Decision"] = "Постанова суду, справа № 405/77/47",
            ["Input.DecisionOn"] = "14.03.2047", ["Input.Dismissed"] = "true", ["Input.CausesReviewed"] = "true", ["Input.MeasuresTaken"] = "Звільнено; розслідування причин",
        }, HttpStatusCode.Redirect);
        await RegisterScene.PostAsync(scene.Coordinator, "/registers/liable-persons/edit", new()
        {
            ["Input.OrgUnitId"] = scene.UnitId.ToString(), ["Input.PersonName"] = "Марченко Олена", ["Input.Position"] = "Головний спеціаліст",
            ["Input.Offence"] = "Несвоєчасне подання декларації, ст. 172-6 КУпАП", ["Input.OffenceOn"] = "",
            ["Input.DecisionKind"] = nameof(LiabilityDecisionKind.DisciplinaryOrder), ["Input.Decision"] = "Наказ № 12-к",
            ["Input.DecisionOn"] = "02.04.2047", ["Input.Dismissed"] = "false", ["Input.CausesReviewed"] = "false", ["Input.MeasuresTaken"] = "",
        }, HttpStatusCode.Redirect);
        var originals = await factory.QueryAsync(db => db.LiablePersons.AsNoTracking().Where(l => l.OrgUnitId == scene.UnitId).ToListAsync());

        var review = await UploadAsync(scene.Coordinator, "liable-persons", "liable-persons.xlsx", await ExportAsync(scene.Coordinator, $"/registers/liable-persons?unit={scene.UnitId}"));
        Assert.Equal(2, review.All("tr[data-line][data-valid=True]").Count);
        Assert.Contains("Наказ про дисциплінарне стягнення", review.Single("table[data-review]").TextContent, StringComparison.Ordinal);
        Assert.Equal(2, await factory.QueryAsync(db => db.LiablePersons.CountAsync(l => l.OrgUnitId == scene.UnitId)));
        using var saved = await SaveAsync(scene.Coordinator, "liable-persons", Draft(review));

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal("/registers/liable-persons", saved.Headers.Location!.OriginalString);
        var imported = (await factory.QueryAsync(db => db.LiablePersons.AsNoTracking().Where(l => l.OrgUnitId == scene.UnitId).ToListAsync()))
            .Where(l => originals.All(o => o.Id != l.Id)).ToList();
        Assert.Equal(originals.Select(Fields).Order(), imported.Select(Fields).Order());
    }

    [Fact]
    public async Task A_decision_before_the_offence_or_a_yes_or_no_cell_that_is_neither_is_named_and_nothing_is_stored()
    {
        var scene = await RegisterScene.CreateAsync(factory);
        var unit = await factory.QueryAsync(db => db.OrgUnits.Where(u => u.Id == scene.UnitId).Select(u => u.Name).SingleAsync());
        var file = Workbook(
            ["unit", "person", "position", "offence", "offenceOn", "decisionKind", "decision", "decisionOn", "Звільнено з посади"],
            [unit, "Ткаченко Юрій", "Інспектор", "ст. 172-5 КУпАП", "", "Рішення суду", "Справа № 1", "10.10.2047", "так"],
            [unit, "Ковтун Ірина", "Інспектор", "ст. 172-5 КУпАП", "11.10.2047", "Рішення суду", "Справа № 2", "10.10.2047", "ні"],
            [unit, "Руденко Артем", "Інспектор", "ст. 172-5 КУпАП", "", "Вирок", "Справа № 3", "10.10.2047", "можливо"]);

        var review = await UploadAsync(scene.Coordinator, "liable-persons", "реєстр.xlsx", file);

        Assert.Equal("True", review.Single("tr[data-line='2']").GetAttribute("data-valid"));
        Assert.Contains($"Рядок 3, «Дата рішення»: {RegisterWords.DecisionBeforeOffence}", HtmlPage.Text(review.Single("tr[data-line='3'] [data-line-errors]")), StringComparison.Ordinal);
        var bad = HtmlPage.Text(review.Single("tr[data-line='4'] [data-line-errors]"));
        Assert.Contains("Рядок 4, «Підстава»: Оберіть одне зі значень", bad, StringComparison.Ordinal);
        Assert.Contains($"Рядок 4, «Звільнено з посади»: {RegisterImportWords.NotAFlag}", bad, StringComparison.Ordinal);
        using var forced = await SaveAsync(scene.Coordinator, "liable-persons", Draft(review));
        Assert.Equal(HttpStatusCode.OK, forced.StatusCode);
        Assert.False(await factory.QueryAsync(db => db.LiablePersons.AnyAsync(l => l.OrgUnitId == scene.UnitId)));

        var missing = await UploadAsync(scene.Coordinator, "liable-persons", "реєстр.xlsx", Workbook(["unit", "person", "position", "offence", "decisionOn", "Стаття"], [unit, "Х", "Y", "Z", "10.10.2047", "172"]));
        Assert.Contains("бракує обов'язкових стовпців «decisionKind», «decision»; невідомі стовпці «Стаття»", missing.Single("[data-file-error]").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Only_the_coordinator_imports_registers_four_to_six_and_their_lists_link_the_import_for_the_coordinator_alone()
    {
        var scene = await RegisterScene.CreateAsync(factory);

        foreach (var (list, import) in new[]
        {
            ("/registers/declarations", "/registers/declarations/import"), ("/registers/liable-persons", "/registers/liable-persons/import"),
            ("/registers/trainings", "/registers/trainings/import"), ("/registers/trainings/consultations", "/registers/consultations/import"),
        })
        {
            Assert.Equal(import, (await HtmlPage.GetAsync(scene.Coordinator, list)).Single("a[data-import]").GetAttribute("href"));
            Assert.Empty((await HtmlPage.GetAsync(scene.Executor, list)).All("a[data-import]"));
            Assert.Equal(HttpStatusCode.OK, (await HtmlPage.GetAsync(scene.Coordinator, import)).Status);
            Assert.Equal(HttpStatusCode.Forbidden, (await HtmlPage.GetAsync(scene.Executor, import)).Status);
            Assert.Equal(HttpStatusCode.Forbidden, (await HtmlPage.GetAsync(scene.Head, import)).Status);
        }
    }
}
