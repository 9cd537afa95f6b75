extern alias web;

using System.Net;
using AntiCor.Core.Security;
using AntiCor.Web.Tests.Support;
using AntiCor.Web.Tests.Support.Accounts;
using Microsoft.EntityFrameworkCore;

namespace AntiCor.Web.Tests.Features.Calendar;

[Collection(AppCollection.Name)]
public sealed class CalendarFeedTests(AntiCorFactory factory)
{
    [Fact]
    public async Task An_executors_private_feed_parses_back_with_the_units_due_dates_and_is_gone_once_revoked()
    {
        var unit = await factory.UnitIdAsync("Відділ кадрової роботи");
        var dueDates = await factory.QueryAsync(db => db.Obligations.Where(o => o.OrgUnitId == unit && o.WithdrawnAtUtc == null && !o.IsExternal)
            .Join(db.ReportingPeriods, o => o.PeriodId, p => p.Id, (o, p) => p.DueOn).Distinct().ToListAsync());
        var executor = await factory.CreateAsync(Roles.Executor, [unit]);
        var client = await factory.SignedInClientAsync(executor);

        using var created = await client.PostFormAsync("/my/calendar?handler=Create", new() { ["unitId"] = unit.ToString() });
        var page = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(await created.Content.ReadAsStringAsync());
        var address = new Uri(page.QuerySelector("[data-feed-address]")!.TextContent.Trim());
        var token = address.AbsolutePath["/calendar/".Length..^".ics".Length];
        var anonymous = factory.NewClient();
        using var feed = await anonymous.GetAsync(address.PathAndQuery);
        var text = await feed.Content.ReadAsStringAsync();
        var again = await anonymous.GetStringAsync(address.PathAndQuery);
        var reopened = await HtmlPage.GetAsync(client, "/my/calendar");
        var stored = await factory.QueryAsync(db => db.CalendarFeeds.IgnoreQueryFilters().Where(f => f.UserId == executor.Id).Select(f => new { f.Id, f.TokenSha256 }).SingleAsync());

        Assert.Equal(HttpStatusCode.OK, created.StatusCode);
        Assert.Equal(HttpStatusCode.OK, feed.StatusCode);
        Assert.Equal("text/calendar", feed.Content.Headers.ContentType?.MediaType);
        Assert.NotEqual(token, stored.TokenSha256);
        Assert.Equal(web::AntiCor.Web.Features.Calendar.CalendarToken.Hash(token), stored.TokenSha256);
        Assert.DoesNotContain(token, reopened.Html, StringComparison.Ordinal);
        var calendar = Ical.Net.Calendar.Load(text)!;
        Assert.Equal("2.0", calendar.Version);
        Assert.Equal("PUBLISH", calendar.Method);
        Assert.False(string.IsNullOrEmpty(calendar.ProductId));
        Assert.Equal("Звітування: Відділ кадрової роботи", calendar.Properties["X-WR-CALNAME"]?.Value);
        Assert.NotEmpty(dueDates);
        Assert.Equal(dueDates.Order(), calendar.Events.Select(e => e.DtStart!.Date).Order());
        Assert.All(calendar.Events, e => Assert.True(e.IsAllDay));
        Assert.All(calendar.Events, e => Assert.StartsWith("Звіт за ", e.Summary, StringComparison.Ordinal));
        Assert.All(calendar.Events, e => Assert.NotNull(e.DtStamp));
        Assert.Equal(calendar.Events.Select(e => e.Uid).Order(), Ical.Net.Calendar.Load(again)!.Events.Select(e => e.Uid).Order());

        using var revoke = await client.PostFormAsync("/my/calendar?handler=Revoke", new() { ["feedId"] = stored.Id.ToString() });
        using var afterRevoke = await anonymous.GetAsync(address.PathAndQuery);
        using var unknown = await anonymous.GetAsync("/calendar/" + new string('A', 43) + ".ics");

        Assert.Equal(HttpStatusCode.Redirect, revoke.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, afterRevoke.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
    }

    [Fact]
    public async Task An_executor_cannot_make_a_feed_of_a_unit_that_is_not_theirs_nor_revoke_anothers()
    {
        var unit = await factory.UnitIdAsync("Відділ кадрової роботи");
        var other = await factory.QueryAsync(db => db.OrgUnits.Where(u => u.Id != unit).Select(u => u.Id).FirstAsync());
        var owner = await factory.CreateAsync(Roles.Executor, [unit]);
        var stranger = await factory.CreateAsync(Roles.Executor, [unit]);
        var ownerClient = await factory.SignedInClientAsync(owner);
        var strangerClient = await factory.SignedInClientAsync(stranger);
        using var _ = await ownerClient.PostFormAsync("/my/calendar?handler=Create", new() { ["unitId"] = unit.ToString() });
        var feedId = await factory.QueryAsync(db => db.CalendarFeeds.IgnoreQueryFilters().Where(f => f.UserId == owner.Id).Select(f => f.Id).SingleAsync());

        using var foreignUnit = await ownerClient.PostFormAsync("/my/calendar?handler=Create", new() { ["unitId"] = other.ToString() });
        using var foreignRevoke = await strangerClient.PostFormAsync("/my/calendar?handler=Revoke", new() { ["feedId"] = feedId.ToString() });

        Assert.Equal(HttpStatusCode.Forbidden, foreignUnit.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, foreignRevoke.StatusCode);
        Assert.Equal(1, await factory.QueryAsync(db => db.CalendarFeeds.IgnoreQueryFilters().CountAsync(f => f.UserId == owner.Id && f.RevokedAtUtc == null)));
    }
}
