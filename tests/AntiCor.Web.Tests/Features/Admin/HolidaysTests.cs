using System.Net;
using AntiCor.Core.Security;
using AntiCor.Web.Tests.Support;
using AntiCor.Web.Tests.Support.Accounts;
using Microsoft.EntityFrameworkCore;

namespace AntiCor.Web.Tests.Features.Admin;

[Collection(AppCollection.Name)]
public sealed class HolidaysTests(AntiCorFactory factory)
{
    [Fact]
    public async Task The_deployment_administrator_adds_renames_and_deletes_a_holiday_and_each_change_is_audited()
    {
        var date = new DateOnly(2090, 1, 1).AddDays(Random.Shared.Next(0, 360));
        var typed = date.ToString("dd.MM.yyyy", System.Globalization.CultureInfo.InvariantCulture);
        var client = await factory.SignedInClientAsync(await factory.CreateAsync(Roles.DeploymentAdministrator));

        using var added = await client.PostFormAsync("/admin/holidays?handler=Add", new() { ["NewDate"] = typed, ["NewName"] = "День перевірки" });
        var list = await HtmlPage.GetAsync(client, $"/admin/holidays?year={date.Year}");
        var id = await factory.QueryAsync(db => db.PublicHolidays.Where(h => h.Date == date).Select(h => h.Id).SingleAsync());
        using var renamed = await client.PostFormAsync("/admin/holidays?handler=Rename", new() { ["id"] = id.ToString(), ["name"] = "День іншої перевірки" }, $"/admin/holidays?year={date.Year}");
        var nameAfterRename = await factory.QueryAsync(db => db.PublicHolidays.Where(h => h.Id == id).Select(h => h.Name).SingleAsync());
        using var deleted = await client.PostFormAsync("/admin/holidays?handler=Delete", new() { ["id"] = id.ToString() }, $"/admin/holidays?year={date.Year}");

        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        Assert.Contains("value=\"День перевірки\"", list.Single($"tr[data-holiday='{typed}']").InnerHtml, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, renamed.StatusCode);
        Assert.Equal("День іншої перевірки", nameAfterRename);
        Assert.Equal(HttpStatusCode.Redirect, deleted.StatusCode);
        Assert.False(await factory.QueryAsync(db => db.PublicHolidays.AnyAsync(h => h.Id == id)));
        var audited = await factory.QueryAsync(db => db.AuditEntries.Where(a => a.EntityType == "PublicHoliday" && a.EntityId == id.ToString()).Select(a => a.Action).ToListAsync());
        Assert.Equal(3, audited.Count);
    }

    [Fact]
    public async Task A_bad_date_a_taken_date_or_an_empty_name_is_refused_with_a_message_and_nothing_changes()
    {
        var client = await factory.SignedInClientAsync(await factory.CreateAsync(Roles.DeploymentAdministrator));
        var taken = await factory.QueryAsync(db => db.PublicHolidays.OrderBy(h => h.Date).Select(h => new { h.Id, h.Date, h.Name }).FirstAsync());
        var typedTaken = taken.Date.ToString("dd.MM.yyyy", System.Globalization.CultureInfo.InvariantCulture);
        var before = await factory.QueryAsync(db => db.PublicHolidays.CountAsync());

        var badDate = await PostAsync(client, "Add", new() { ["NewDate"] = "31.02.2090", ["NewName"] = "Свято" });
        var twice = await PostAsync(client, "Add", new() { ["NewDate"] = typedTaken, ["NewName"] = "Ще одне" });
        var noName = await PostAsync(client, "Add", new() { ["NewDate"] = "02.02.2091", ["NewName"] = "  " });
        var emptyRename = await PostAsync(client, "Rename", new() { ["id"] = taken.Id.ToString(), ["name"] = "" });

        Assert.Contains("Вкажіть дату у форматі дд.мм.рррр", badDate, StringComparison.Ordinal);
        Assert.Contains($"На {typedTaken} уже є свято «{taken.Name}».", System.Net.WebUtility.HtmlDecode(twice), StringComparison.Ordinal);
        Assert.Contains("Вкажіть назву свята.", noName, StringComparison.Ordinal);
        Assert.Contains("Вкажіть назву свята.", emptyRename, StringComparison.Ordinal);
        Assert.Contains("value=\"31.02.2090\"", badDate, StringComparison.Ordinal);
        Assert.Equal(before, await factory.QueryAsync(db => db.PublicHolidays.CountAsync()));
        Assert.Equal(taken.Name, await factory.QueryAsync(db => db.PublicHolidays.Where(h => h.Id == taken.Id).Select(h => h.Name).SingleAsync()));
    }

    private static async Task<string> PostAsync(HttpClient client, string handler, Dictionary<string, string> fields)
    {
        using var response = await client.PostFormAsync($"/admin/holidays?handler={handler}", fields, "/admin/holidays");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return System.Net.WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
    }
}
