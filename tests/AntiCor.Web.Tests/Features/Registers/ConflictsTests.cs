using System.Net;
using AntiCor.Core.Registers;
using AntiCor.Core.Reporting;
using AntiCor.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace AntiCor.Web.Tests.Features.Registers;

/// <summary>The register of conflicts of interest: settlement due within two working days (weekends and public holidays skipped).</summary>
[Collection(AppCollection.Name)]
public sealed class ConflictsTests(AntiCorFactory factory)
{
    private const string Url = "/registers/conflicts/edit";

    private static Dictionary<string, string> Conflict(Guid unit, string person, string notified, string? settled = null, string? decision = null) => new()
    {
        ["Input.OrgUnitId"] = unit.ToString(),
        ["Input.PersonName"] = person,
        ["Input.Kind"] = nameof(ConflictKind.Potential),
        ["Input.Description"] = "Член комісії — родич учасника закупівлі",
        ["Input.NotifiedOn"] = notified,
        ["Input.SettlementDecision"] = decision ?? "",
        ["Input.SettledOn"] = settled ?? "",
        ["Input.Outcome"] = "",
    };

    [Fact]
    public async Task Two_working_days_after_a_Friday_skip_the_weekend_and_a_public_holiday_on_Monday()
    {
        var scene = await RegisterScene.CreateAsync(factory);
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AntiCor.Core.Data.AppDbContext>();
            db.PublicHolidays.Add(new PublicHoliday(new DateOnly(2093, 3, 16), "Свято перевірки реєстру"));
            await db.SaveChangesAsync();
        }

        // Friday 06.03.2093: Saturday and Sunday do not count, so Monday and Tuesday are the two days.
        await RegisterScene.PostAsync(scene.Coordinator, Url, Conflict(scene.UnitId, "Гнатюк Петро", "06.03.2093"), HttpStatusCode.Redirect);
        // Friday 13.03.2093 with Monday 16.03 a public holiday: Tuesday and Wednesday.
        await RegisterScene.PostAsync(scene.Coordinator, Url, Conflict(scene.UnitId, "Гнатюк Павло", "13.03.2093", "19.03.2093", "Усунено від участі в засіданні"), HttpStatusCode.Redirect);

        var conflicts = await factory.QueryAsync(db => db.ConflictsOfInterest.AsNoTracking().Where(c => c.OrgUnitId == scene.UnitId).OrderBy(c => c.NotifiedOn).ToListAsync());
        Assert.Equal([new DateOnly(2093, 3, 10), new DateOnly(2093, 3, 18)], conflicts.Select(c => c.SettlementDueOn));
        Assert.True(conflicts[1].IsOverdue(new DateOnly(2093, 3, 20)));
        Assert.False(conflicts[0].IsOverdue(new DateOnly(2093, 3, 10)));
        Assert.True(conflicts[0].IsOverdue(new DateOnly(2093, 3, 11)));

        var page = await HtmlPage.GetAsync(scene.Coordinator, $"/registers/conflicts?unit={scene.UnitId}");
        var rows = page.All("tr[data-entry]");
        Assert.Equal(["18.03.2093", "10.03.2093"], rows.Select(r => r.QuerySelector("[data-due]")!.TextContent));
        Assert.NotNull(rows[0].QuerySelector("[data-overdue]"));
        Assert.Equal("Гнатюк Павло", rows[0].QuerySelector("[data-person]")!.TextContent);
    }

    [Fact]
    public async Task A_settlement_before_the_notification_or_without_a_decision_is_refused_and_nothing_is_saved()
    {
        var scene = await RegisterScene.CreateAsync(factory);

        var early = await RegisterScene.PostAsync(scene.Coordinator, Url, Conflict(scene.UnitId, "Лисенко Ганна", "10.09.2031", "09.09.2031", "Рішення"), HttpStatusCode.OK);
        var noDecision = await RegisterScene.PostAsync(scene.Coordinator, Url, Conflict(scene.UnitId, "Лисенко Ганна", "10.09.2031", "11.09.2031"), HttpStatusCode.OK);

        Assert.Contains(RegisterWords.SettlementBeforeNotification, early, StringComparison.Ordinal);
        Assert.Contains(RegisterWords.SettlementWithoutDecision, noDecision, StringComparison.Ordinal);
        Assert.False(await factory.QueryAsync(db => db.ConflictsOfInterest.AnyAsync(c => c.OrgUnitId == scene.UnitId)));
    }

    [Fact]
    public async Task An_executor_sees_only_their_units_notifications_without_names_and_settles_keeping_the_name()
    {
        var scene = await RegisterScene.CreateAsync(factory);
        await RegisterScene.PostAsync(scene.Coordinator, Url, Conflict(scene.UnitId, "Кравчук Леонід", "01.10.2031"), HttpStatusCode.Redirect);
        await RegisterScene.PostAsync(scene.Coordinator, Url, Conflict(scene.OtherUnitId, "Мороз Олександр", "01.10.2031"), HttpStatusCode.Redirect);
        var id = await factory.QueryAsync(db => db.ConflictsOfInterest.Where(c => c.OrgUnitId == scene.UnitId).Select(c => c.Id).SingleAsync());
        var other = await factory.QueryAsync(db => db.ConflictsOfInterest.Where(c => c.OrgUnitId == scene.OtherUnitId).Select(c => c.Id).SingleAsync());

        var form = await HtmlPage.GetAsync(scene.Executor, $"{Url}/{id}");
        Assert.DoesNotContain("Кравчук", form.Html, StringComparison.Ordinal);
        var version = form.Single("input[name='Input.Version']").GetAttribute("value")!;
        await RegisterScene.PostAsync(scene.Executor, $"{Url}/{id}",
            new(Conflict(scene.UnitId, "", "01.10.2031", "02.10.2031", "Обмежено доступ до інформації")) { ["Input.Version"] = version }, HttpStatusCode.Redirect);

        var settled = await factory.QueryAsync(db => db.ConflictsOfInterest.AsNoTracking().SingleAsync(c => c.Id == id));
        Assert.Equal("Кравчук Леонід", settled.PersonName);
        Assert.Equal(new DateOnly(2031, 10, 2), settled.SettledOn);
        var list = await HtmlPage.GetAsync(scene.Executor, "/registers/conflicts");
        Assert.Single(list.All("tr[data-entry]"));
        Assert.DoesNotContain("Мороз", list.Html, StringComparison.Ordinal);
        Assert.DoesNotContain("Кравчук", list.Html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await HtmlPage.GetAsync(scene.Stranger, $"{Url}/{id}")).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await HtmlPage.GetAsync(scene.Executor, $"{Url}/{other}")).Status);
        var csv = await scene.Executor.GetStringAsync("/registers/conflicts?format=csv");
        Assert.Contains("Обмежено доступ до інформації", csv, StringComparison.Ordinal);
        Assert.DoesNotContain("Кравчук", csv, StringComparison.Ordinal);
    }
}
