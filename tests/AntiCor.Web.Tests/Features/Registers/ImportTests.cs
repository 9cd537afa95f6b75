using System.Net;
using System.Text;
using AntiCor.Core.Registers;
using AntiCor.Web.Tests.Support;
using AntiCor.Web.Tests.Support.Accounts;
using Microsoft.EntityFrameworkCore;

namespace AntiCor.Web.Tests.Features.Registers;

/// <summary>
/// The import of a register from XLSX in the columns of its export: an export imports back
/// field for field; the review stores nothing; a bad file or a bad row is named in Ukrainian and
/// nothing is stored; only the coordinator imports. Dates are in 2047, outside any programme.
/// </summary>
[Collection(AppCollection.Name)]
public sealed class ImportTests(AntiCorFactory factory)
{
    private static string Page(string register) => RegisterImportSteps.Page(register);

    private static Task<HtmlPage> UploadAsync(HttpClient client, string register, string fileName, byte[] content) =>
        RegisterImportSteps.UploadAsync(client, register, fileName, content);

    private static Task<HttpResponseMessage> SaveAsync(HttpClient client, string register, string? draft) => RegisterImportSteps.SaveAsync(client, register, draft);

    private static string Draft(HtmlPage review) => RegisterImportSteps.Draft(review);

    private static Task<byte[]> ExportAsync(HttpClient client, string register, Guid unit) => RegisterImportSteps.ExportAsync(client, $"/registers/{register}?unit={unit}");

    private static byte[] Workbook(params string[][] rows) => RegisterImportSteps.Workbook(rows);

    private static Dictionary<string, string> Notice(Guid unit, string name, string position, string category, string received, string planned) => new()
    {
        ["Input.OrgUnitId"] = unit.ToString(),
        ["Input.CandidateName"] = name,
        ["Input.Position"] = position,
        ["Input.Category"] = category,
        ["Input.NoticeReceivedOn"] = received,
        ["Input.PlannedAppointmentOn"] = planned,
    };

    [Fact]
    public async Task Exported_appointment_notices_import_back_field_for_field_after_a_review_that_stores_nothing()
    {
        var scene = await RegisterScene.CreateAsync(factory);
        await RegisterScene.PostAsync(scene.Coordinator, "/registers/appointments/edit", Notice(scene.UnitId, "Петренко Олена Іванівна", "Начальник відділу", "п. 2 ч. 1 ст. 3", "02.03.2047", "09.03.2047"), HttpStatusCode.Redirect);
        await RegisterScene.PostAsync(scene.Coordinator, "/registers/appointments/edit", Notice(scene.UnitId, "Коваль Андрій", "=Заступник начальника", "ч. 2 ст. 3", "10.03.2047", "12.03.2047"), HttpStatusCode.Redirect);
        var originals = await factory.QueryAsync(db => db.AppointmentNotices.AsNoTracking().Where(n => n.OrgUnitId == scene.UnitId).ToListAsync());
        var auditBefore = await factory.QueryAsync(db => db.AuditEntries.CountAsync(a => a.EntityType == "AppointmentNotice" && a.Action == "created"));

        var review = await UploadAsync(scene.Coordinator, "appointments", "appointment-notices.xlsx", await ExportAsync(scene.Coordinator, "appointments", scene.UnitId));

        Assert.Equal(HttpStatusCode.OK, review.Status);
        Assert.Equal(2, review.All("tr[data-line][data-valid=True]").Count);
        Assert.Contains("Коваль Андрій", review.Single("table[data-review]").TextContent, StringComparison.Ordinal);
        Assert.Null(review.Single("button[data-save]").GetAttribute("disabled"));
        Assert.Equal(2, await factory.QueryAsync(db => db.AppointmentNotices.CountAsync(n => n.OrgUnitId == scene.UnitId)));

        using var saved = await SaveAsync(scene.Coordinator, "appointments", Draft(review));
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal("/registers/appointments", saved.Headers.Location!.OriginalString);
        var all = await factory.QueryAsync(db => db.AppointmentNotices.AsNoTracking().Where(n => n.OrgUnitId == scene.UnitId).ToListAsync());
        var imported = all.Where(n => originals.All(o => o.Id != n.Id)).ToList();
        Assert.Equal(2, imported.Count);
        static object Fields(AppointmentNotice n) => (n.OrgUnitId, n.CandidateName, n.Position, n.Category, n.NoticeReceivedOn, n.PlannedAppointmentOn, n.RequiredDays, n.DaysBefore);
        Assert.Equal(originals.Select(Fields).OrderBy(f => f.ToString()), imported.Select(Fields).OrderBy(f => f.ToString()));
        Assert.Equal(auditBefore + 2, await factory.QueryAsync(db => db.AuditEntries.CountAsync(a => a.EntityType == "AppointmentNotice" && a.Action == "created")));
        var list = await HtmlPage.GetAsync(scene.Coordinator, "/registers/appointments?unit=" + scene.UnitId);
        Assert.Equal(4, list.All("tr[data-entry]").Count);
    }

    [Fact]
    public async Task Exported_conflicts_of_interest_import_back_field_for_field()
    {
        var scene = await RegisterScene.CreateAsync(factory);
        await RegisterScene.PostAsync(scene.Coordinator, "/registers/conflicts/edit", new()
        {
            ["Input.OrgUnitId"] = scene.UnitId.ToString(), ["Input.PersonName"] = "Гнатюк Петро", ["Input.Kind"] = nameof(ConflictKind.Potential),
            ["Input.Description"] = "Член комісії — родич учасника закупівлі", ["Input.NotifiedOn"] = "05.03.2047",
            ["Input.SettlementDecision"] = "Усунуто від участі", ["Input.SettledOn"] = "06.03.2047", ["Input.Outcome"] = "Врегульовано",
        }, HttpStatusCode.Redirect);
        await RegisterScene.PostAsync(scene.Coordinator, "/registers/conflicts/edit", new()
        {
            ["Input.OrgUnitId"] = scene.UnitId.ToString(), ["Input.PersonName"] = "Лисенко Ганна", ["Input.Kind"] = nameof(ConflictKind.Real),
            ["Input.Description"] = "Підписання акта приймання робіт фірми чоловіка", ["Input.NotifiedOn"] = "11.03.2047",
            ["Input.SettlementDecision"] = "", ["Input.SettledOn"] = "", ["Input.Outcome"] = "",
        }, HttpStatusCode.Redirect);
        var originals = await factory.QueryAsync(db => db.ConflictsOfInterest.AsNoTracking().Where(c => c.OrgUnitId == scene.UnitId).ToListAsync());

        var review = await UploadAsync(scene.Coordinator, "conflicts", "conflicts.xlsx", await ExportAsync(scene.Coordinator, "conflicts", scene.UnitId));
        using var saved = await SaveAsync(scene.Coordinator, "conflicts", Draft(review));

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var imported = (await factory.QueryAsync(db => db.ConflictsOfInterest.AsNoTracking().Where(c => c.OrgUnitId == scene.UnitId).ToListAsync()))
            .Where(c => originals.All(o => o.Id != c.Id)).ToList();
        static object Fields(ConflictOfInterest c) => (c.OrgUnitId, c.PersonName, c.Kind, c.Description, c.NotifiedOn, c.SettlementDueOn, c.SettlementDecision, c.SettledOn, c.Outcome);
        Assert.Equal(originals.Select(Fields).OrderBy(f => f.ToString()), imported.Select(Fields).OrderBy(f => f.ToString()));
    }

    [Fact]
    public async Task Exported_draft_act_reviews_import_back_with_their_conclusion_factors_and_proposals()
    {
        var scene = await RegisterScene.CreateAsync(factory);
        var factor = $"Широкі дискреційні повноваження {Guid.NewGuid():N}";
        await RegisterScene.PostAsync(scene.Coordinator, "/registers/factors", new() { ["NewName"] = factor }, HttpStatusCode.Redirect);
        var draft = new Dictionary<string, string>
        {
            ["Input.OrgUnitId"] = scene.UnitId.ToString(), ["Input.Kind"] = nameof(DraftActKind.Decision),
            ["Input.SubmittedOn"] = "02.02.2047", ["Input.RequestedBy"] = "09.02.2047",
        };
        await RegisterScene.PostAsync(scene.Coordinator, "/registers/draft-acts/edit?handler=Describe", new(draft) { ["Input.Title"] = "Про порядок надання допомоги" }, HttpStatusCode.Redirect);
        await RegisterScene.PostAsync(scene.Coordinator, "/registers/draft-acts/edit?handler=Describe", new(draft) { ["Input.Title"] = "Про правила благоустрою", ["Input.Kind"] = nameof(DraftActKind.Order) }, HttpStatusCode.Redirect);
        var concluded = await factory.QueryAsync(db => db.DraftActReviews.AsNoTracking().SingleAsync(r => r.OrgUnitId == scene.UnitId && r.Title == "Про порядок надання допомоги"));
        var factorId = await factory.QueryAsync(db => db.RiskFactors.Where(f => f.Name == factor).Select(f => f.Id).SingleAsync());
        var url = $"/registers/draft-acts/edit/{concluded.Id}";
        await RegisterScene.PostAsync(scene.Coordinator, url + "?handler=Conclude", new()
        {
            ["Input.Version"] = concluded.Version.ToString(), ["Input.Conclusion"] = nameof(DraftActConclusion.FactorsFound), ["Input.ConcludedOn"] = "12.02.2047",
            ["Input.Factors"] = factorId.ToString(), ["Input.Proposals"] = "Визначити вичерпні підстави", ["Input.ProposalsMade"] = "3",
        }, HttpStatusCode.Redirect);
        var version = await factory.QueryAsync(db => db.DraftActReviews.Where(r => r.Id == concluded.Id).Select(r => r.Version).SingleAsync());
        await RegisterScene.PostAsync(scene.Coordinator, url + "?handler=Taken", new() { ["Input.Version"] = version.ToString(), ["Input.ProposalsTaken"] = "2" }, HttpStatusCode.Redirect);
        var originals = await factory.QueryAsync(db => db.DraftActReviews.AsNoTracking().Where(r => r.OrgUnitId == scene.UnitId).ToListAsync());

        var review = await UploadAsync(scene.Coordinator, "draft-acts", "draft-act-reviews.xlsx", await ExportAsync(scene.Coordinator, "draft-acts", scene.UnitId));
        Assert.Contains(factor, review.Single("table[data-review]").TextContent, StringComparison.Ordinal);
        using var saved = await SaveAsync(scene.Coordinator, "draft-acts", Draft(review));

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var imported = (await factory.QueryAsync(db => db.DraftActReviews.AsNoTracking().Where(r => r.OrgUnitId == scene.UnitId).ToListAsync()))
            .Where(r => originals.All(o => o.Id != r.Id)).ToList();
        static string Fields(DraftActReview r) => string.Join("|", r.OrgUnitId, r.Title, r.Kind, r.SubmittedOn, r.RequestedBy, r.Conclusion, r.ConcludedOn, r.Proposals,
            r.ProposalsMade, r.ProposalsTaken, string.Join(",", r.Factors.Select(f => f.FactorId)));
        Assert.Equal(2, imported.Count);
        Assert.Equal(originals.Select(Fields).Order(), imported.Select(Fields).Order());
    }

    [Fact]
    public async Task A_file_that_is_not_a_workbook_or_has_no_table_or_other_columns_is_refused_by_name_and_nothing_is_stored()
    {
        var scene = await RegisterScene.CreateAsync(factory);
        var before = await factory.QueryAsync(db => db.AppointmentNotices.CountAsync());

        var text = await UploadAsync(scene.Coordinator, "appointments", "реєстр.xlsx", Encoding.UTF8.GetBytes("unit;candidate;position\nВідділ;Іваненко;Водій"));
        var noTable = await UploadAsync(scene.Coordinator, "appointments", "реєстр.xlsx", Workbook(["Реєстр повідомлень за 2047 рік"], ["Складено відділом"]));
        var columns = await UploadAsync(scene.Coordinator, "appointments", "реєстр.xlsx",
            Workbook(["unit", "candidate", "Посада", "Примітка"], ["Відділ", "Іваненко", "Водій", "—"]));

        Assert.Equal("Файл має розширення .xlsx, але не є книгою Excel (XLSX). Нічого не збережено.", text.Single("[data-file-error]").TextContent);
        Assert.Contains("немає таблиці реєстру", noTable.Single("[data-file-error]").TextContent, StringComparison.Ordinal);
        var message = columns.Single("[data-file-error]").TextContent;
        Assert.Contains("бракує обов'язкових стовпців «category», «noticeReceivedOn», «plannedAppointmentOn»", message, StringComparison.Ordinal);
        Assert.Contains("невідомі стовпці «Примітка»", message, StringComparison.Ordinal);
        Assert.Empty(columns.All("button[data-save]"));
        Assert.Equal(before, await factory.QueryAsync(db => db.AppointmentNotices.CountAsync()));
    }

    [Fact]
    public async Task A_row_with_dates_in_the_wrong_order_is_named_with_its_row_and_column_and_nothing_is_stored_even_when_saved()
    {
        var scene = await RegisterScene.CreateAsync(factory);
        var unit = await factory.QueryAsync(db => db.OrgUnits.Where(u => u.Id == scene.UnitId).Select(u => u.Name).SingleAsync());
        var file = Workbook(
            ["unit", "candidate", "position", "category", "noticeReceivedOn", "plannedAppointmentOn"],
            [unit.ToUpperInvariant(), "Іваненко Іван", "Водій", "п. 2 ч. 1 ст. 3", "01.05.2047", "10.05.2047"],
            [unit, "Сидоренко Марія", "Юрист", "п. 2 ч. 1 ст. 3", "10.05.2047", "09.05.2047"],
            ["Відділ, якого немає", "Мельник Оксана", "Бухгалтер", "стаття 3", "31.02.2047", "10.05.2047"]);

        var review = await UploadAsync(scene.Coordinator, "appointments", "реєстр.xlsx", file);

        Assert.Equal("True", review.Single("tr[data-line='2']").GetAttribute("data-valid"));
        Assert.Contains(unit, review.Single("tr[data-line='2']").TextContent, StringComparison.Ordinal);
        var wrongOrder = HtmlPage.Text(review.Single("tr[data-line='3'] [data-line-errors]"));
        Assert.Contains($"Рядок 3, «Призначення»: {RegisterWords.AppointmentBeforeNotice}", wrongOrder, StringComparison.Ordinal);
        var bad = HtmlPage.Text(review.Single("tr[data-line='4'] [data-line-errors]"));
        Assert.Contains("Рядок 4, «Підрозділ»: Такого підрозділу в організації немає", bad, StringComparison.Ordinal);
        Assert.Contains("«Категорія»: Оберіть одне зі значень", bad, StringComparison.Ordinal);
        Assert.Contains("«Надійшло»: Вкажіть дату у форматі дд.мм.рррр", bad, StringComparison.Ordinal);
        Assert.NotNull(review.Single("button[data-save]").GetAttribute("disabled"));
        Assert.Contains("Нічого не збережено", review.Single("[data-has-errors]").TextContent, StringComparison.Ordinal);

        // A save forced past the disabled button has no file to store: refused, nothing stored.
        using var forced = await SaveAsync(scene.Coordinator, "appointments", Draft(review));
        using var tampered = await SaveAsync(scene.Coordinator, "appointments", "CfDJ8-not-a-draft");
        Assert.Equal(HttpStatusCode.OK, forced.StatusCode);
        Assert.Contains("Перегляд застарів або пошкоджений", WebUtility.HtmlDecode(await tampered.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        Assert.False(await factory.QueryAsync(db => db.AppointmentNotices.AnyAsync(n => n.OrgUnitId == scene.UnitId)));
    }

    [Fact]
    public async Task Only_the_coordinator_imports_and_the_lists_link_the_import_for_the_coordinator_alone()
    {
        var scene = await RegisterScene.CreateAsync(factory);

        Assert.Equal(HttpStatusCode.Forbidden, (await HtmlPage.GetAsync(scene.Executor, Page("appointments"))).Status);
        Assert.Equal(HttpStatusCode.Forbidden, (await HtmlPage.GetAsync(scene.Head, Page("conflicts"))).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await HtmlPage.GetAsync(scene.Coordinator, Page("no-such-register"))).Status);
        var token = await TestUsers.AntiforgeryTokenAsync(scene.Executor, "/registers/appointments/edit");
        using var form = new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
            { new ByteArrayContent(Workbook(["unit", "candidate"], ["x", "y"])), "Upload", "реєстр.xlsx" },
        };
        using var upload = await scene.Executor.PostAsync(Page("appointments") + "?handler=Upload", form);
        Assert.Equal(HttpStatusCode.Forbidden, upload.StatusCode);

        foreach (var register in new[] { "appointments", "conflicts", "draft-acts" })
        {
            Assert.Equal($"/registers/{register}/import", (await HtmlPage.GetAsync(scene.Coordinator, "/registers/" + register)).Single("a[data-import]").GetAttribute("href"));
            Assert.Empty((await HtmlPage.GetAsync(scene.Executor, "/registers/" + register)).All("a[data-import]"));
        }
    }
}
