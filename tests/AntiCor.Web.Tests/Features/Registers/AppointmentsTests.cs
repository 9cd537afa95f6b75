using System.Net;
using System.Text;
using AntiCor.Core.Registers;
using AntiCor.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace AntiCor.Web.Tests.Features.Registers;

/// <summary>
/// The register of appointment notices. Dates are in 2031, outside the seed programme, so the
/// minimum notice is the default 5 calendar days and no other test's figures move.
/// </summary>
[Collection(AppCollection.Name)]
public sealed class AppointmentsTests(AntiCorFactory factory)
{
    private const string Url = "/registers/appointments/edit";

    private static Dictionary<string, string> Notice(Guid unit, string name, string position, string received, string planned) => new()
    {
        ["Input.OrgUnitId"] = unit.ToString(),
        ["Input.CandidateName"] = name,
        ["Input.Position"] = position,
        ["Input.Category"] = "п. 2 ч. 1 ст. 3",
        ["Input.NoticeReceivedOn"] = received,
        ["Input.PlannedAppointmentOn"] = planned,
    };

    [Fact]
    public async Task Five_calendar_days_are_on_time_four_are_late_with_one_day_missing_and_the_list_says_so()
    {
        var scene = await RegisterScene.CreateAsync(factory);
        var position = $"Начальник відділу {Guid.NewGuid():N}";

        await RegisterScene.PostAsync(scene.Coordinator, Url, Notice(scene.UnitId, "Петренко Олена Іванівна", position + " А", "02.03.2031", "07.03.2031"), HttpStatusCode.Redirect);
        await RegisterScene.PostAsync(scene.Coordinator, Url, Notice(scene.UnitId, "Коваль Андрій Петрович", position + " Б", "02.03.2031", "06.03.2031"), HttpStatusCode.Redirect);

        var notices = await factory.QueryAsync(db => db.AppointmentNotices.AsNoTracking().Where(n => n.OrgUnitId == scene.UnitId).OrderBy(n => n.Position).ToListAsync());
        Assert.Equal([5, 4], notices.Select(n => n.DaysBefore));
        Assert.Equal([false, true], notices.Select(n => n.IsLate));
        Assert.Equal(5, notices[1].RequiredDays);
        Assert.Equal(1, notices[1].DaysMissing);

        var late = await HtmlPage.GetAsync(scene.Coordinator, $"/registers/appointments?unit={scene.UnitId}&violations=true");
        var row = Assert.Single(late.All("tr[data-entry]"));
        Assert.Equal("Коваль Андрій Петрович", row.QuerySelector("[data-person]")!.TextContent);
        Assert.Equal("Пізно: бракує 1 дн. до мінімуму 5 дн.", row.QuerySelector("[data-late]")!.TextContent);
    }

    [Fact]
    public async Task The_coordinator_edits_a_notice_and_every_change_is_audited_without_the_name()
    {
        var scene = await RegisterScene.CreateAsync(factory);
        await RegisterScene.PostAsync(scene.Coordinator, Url, Notice(scene.UnitId, "Сидоренко Марія", "Головний спеціаліст", "10.04.2031", "20.04.2031"), HttpStatusCode.Redirect);
        var id = await factory.QueryAsync(db => db.AppointmentNotices.Where(n => n.OrgUnitId == scene.UnitId).Select(n => n.Id).SingleAsync());

        var form = await HtmlPage.GetAsync(scene.Coordinator, $"{Url}/{id}");
        var version = form.Single("input[name='Input.Version']").GetAttribute("value")!;
        await RegisterScene.PostAsync(scene.Coordinator, $"{Url}/{id}",
            new(Notice(scene.UnitId, "Сидоренко Марія Олегівна", "Провідний спеціаліст", "10.04.2031", "12.04.2031")) { ["Input.Version"] = version }, HttpStatusCode.Redirect);

        var notice = await factory.QueryAsync(db => db.AppointmentNotices.AsNoTracking().SingleAsync(n => n.Id == id));
        Assert.Equal("Сидоренко Марія Олегівна", notice.CandidateName);
        Assert.Equal("Провідний спеціаліст", notice.Position);
        Assert.True(notice.IsLate);
        var audit = await factory.QueryAsync(db => db.AuditEntries.Where(a => a.EntityType == "AppointmentNotice" && a.EntityId == id.ToString()).OrderBy(a => a.Sequence).ToListAsync());
        Assert.Equal(["created", "updated"], audit.Select(a => a.Action));
        Assert.All(audit, a => Assert.DoesNotContain("Сидоренко", a.Changes!, StringComparison.Ordinal));
        Assert.Contains("Провідний спеціаліст", audit[1].Changes!, StringComparison.Ordinal);
        Assert.Contains("CandidateName", audit[1].Changes!, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_appointment_before_the_notice_or_a_bad_date_is_refused_in_Ukrainian_and_nothing_is_saved()
    {
        var scene = await RegisterScene.CreateAsync(factory);

        var before = await RegisterScene.PostAsync(scene.Coordinator, Url, Notice(scene.UnitId, "Іваненко Іван", "Водій", "10.05.2031", "09.05.2031"), HttpStatusCode.OK);
        var badDate = await RegisterScene.PostAsync(scene.Coordinator, Url, Notice(scene.UnitId, "Іваненко Іван", "Водій", "31.02.2031", "09.05.2031"), HttpStatusCode.OK);
        var noName = await RegisterScene.PostAsync(scene.Coordinator, Url, Notice(scene.UnitId, " ", "Водій", "01.05.2031", "09.05.2031"), HttpStatusCode.OK);

        Assert.Contains(RegisterWords.AppointmentBeforeNotice, before, StringComparison.Ordinal);
        Assert.Contains("Вкажіть дату у форматі дд.мм.рррр", badDate, StringComparison.Ordinal);
        Assert.Contains("value=\"31.02.2031\"", badDate, StringComparison.Ordinal);
        Assert.Contains("Заповніть це поле.", noName, StringComparison.Ordinal);
        Assert.False(await factory.QueryAsync(db => db.AppointmentNotices.AnyAsync(n => n.OrgUnitId == scene.UnitId)));
    }

    [Fact]
    public async Task An_executor_records_and_sees_their_units_notices_with_names_masked_and_never_another_units()
    {
        var scene = await RegisterScene.CreateAsync(factory);
        await RegisterScene.PostAsync(scene.Executor, Url, Notice(scene.UnitId, "Мельник Оксана", "Бухгалтер", "01.06.2031", "10.06.2031"), HttpStatusCode.Redirect);
        await RegisterScene.PostAsync(scene.Coordinator, Url, Notice(scene.OtherUnitId, "Шевченко Тарас", "Юрист", "01.06.2031", "10.06.2031"), HttpStatusCode.Redirect);
        var other = await factory.QueryAsync(db => db.AppointmentNotices.Where(n => n.OrgUnitId == scene.OtherUnitId).Select(n => n.Id).SingleAsync());

        var own = await HtmlPage.GetAsync(scene.Executor, "/registers/appointments");
        var headView = await HtmlPage.GetAsync(scene.Head, $"/registers/appointments?unit={scene.UnitId}");
        var refusedToOtherUnit = await RegisterScene.PostAsync(scene.Executor, Url, Notice(scene.OtherUnitId, "Хтось", "Юрист", "01.06.2031", "10.06.2031"), HttpStatusCode.OK);

        var row = Assert.Single(own.All("tr[data-entry]"));
        Assert.Equal("Бухгалтер", row.QuerySelector("[data-position]")!.TextContent);
        Assert.DoesNotContain("Мельник", own.Html, StringComparison.Ordinal);
        Assert.DoesNotContain("Шевченко", own.Html, StringComparison.Ordinal);
        Assert.Contains("персональні дані приховано", row.QuerySelector("[data-person]")!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("Мельник", headView.Html, StringComparison.Ordinal);
        Assert.Single(headView.All("tr[data-entry]"));
        Assert.Equal(HttpStatusCode.NotFound, (await HtmlPage.GetAsync(scene.Executor, $"{Url}/{other}")).Status);
        Assert.Equal(HttpStatusCode.Forbidden, (await HtmlPage.GetAsync(scene.Head, Url)).Status);
        Assert.Contains("Оберіть підрозділ.", refusedToOtherUnit, StringComparison.Ordinal);
        Assert.Equal(1, await factory.QueryAsync(db => db.AppointmentNotices.CountAsync(n => n.OrgUnitId == scene.OtherUnitId)));
    }

    [Fact]
    public async Task The_list_exports_as_CSV_and_XLSX_with_the_same_masking_and_the_export_is_audited()
    {
        var scene = await RegisterScene.CreateAsync(factory);
        await RegisterScene.PostAsync(scene.Coordinator, Url, Notice(scene.UnitId, "Бондар Ігор", "=Заступник", "01.07.2031", "03.07.2031"), HttpStatusCode.Redirect);
        var exportsBefore = await factory.QueryAsync(db => db.AuditEntries.CountAsync(a => a.Action == "exported" && a.EntityId == "appointment-notices"));

        using var csv = await scene.Coordinator.GetAsync($"/registers/appointments?unit={scene.UnitId}&format=csv");
        using var xlsx = await scene.Coordinator.GetAsync($"/registers/appointments?unit={scene.UnitId}&format=xlsx");
        using var executorCsv = await scene.Executor.GetAsync("/registers/appointments?format=csv");

        Assert.Equal("text/csv", csv.Content.Headers.ContentType!.MediaType);
        var text = Encoding.UTF8.GetString(await csv.Content.ReadAsByteArrayAsync());
        Assert.StartsWith("\uFEFFunit,candidate,position", text, StringComparison.Ordinal);
        Assert.Contains("Бондар Ігор", text, StringComparison.Ordinal);
        Assert.Contains("'=Заступник", text, StringComparison.Ordinal);
        Assert.Contains("01.07.2031", text, StringComparison.Ordinal);
        Assert.True(xlsx.Content.Headers.ContentType!.MediaType == "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", await xlsx.Content.ReadAsStringAsync());
        var bytes = await xlsx.Content.ReadAsByteArrayAsync();
        Assert.Equal((byte)'P', bytes[0]);
        var rows = MiniExcelLibs.MiniExcel.Query(new MemoryStream(bytes), useHeaderRow: true).Cast<IDictionary<string, object>>().ToList();
        Assert.Equal("Бондар Ігор", Assert.Single(rows)["candidate"]);
        var executorText = Encoding.UTF8.GetString(await executorCsv.Content.ReadAsByteArrayAsync());
        Assert.DoesNotContain("Бондар", executorText, StringComparison.Ordinal);
        Assert.Equal(exportsBefore + 3, await factory.QueryAsync(db => db.AuditEntries.CountAsync(a => a.Action == "exported" && a.EntityId == "appointment-notices")));
    }
}
