using System.Net;
using AntiCor.Core.Domain;
using AntiCor.Core.Security;
using AntiCor.Web.Tests.Support;
using AntiCor.Web.Tests.Support.Accounts;
using Microsoft.EntityFrameworkCore;

namespace AntiCor.Web.Tests.Features.ReportingSetup;

/// <summary>The coordinator fills an executor group: its members get the group's obligations at once.</summary>
[Collection(ReportingSetupCollection.Name)]
public sealed class MembersTests(AntiCorFactory factory) : IAsyncLifetime
{
    public Task InitializeAsync() => factory.ResetAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    /// <summary>A group the seed gives measures to.</summary>
    private Task<Guid> GroupAsync() => factory.QueryAsync(db => db.OrgUnits
        .Where(u => u.Kind == ExecutorKind.Group && db.MeasureExecutors.Any(e => e.OrgUnitId == u.Id)).OrderBy(u => u.Name).Select(u => u.Id).FirstAsync());

    private Task<List<Guid>> ObligedMeasuresAsync(Guid unit) =>
        factory.QueryAsync(db => db.Obligations.Where(o => o.OrgUnitId == unit && o.WithdrawnAtUtc == null).Select(o => o.MeasureId).Distinct().ToListAsync());

    private static async Task<string> TextOf(HttpResponseMessage response) => System.Net.WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());

    [Fact]
    public async Task A_unit_added_to_a_group_is_obliged_for_the_group_measures_and_loses_them_when_removed()
    {
        var group = await GroupAsync();
        var groupMeasures = await factory.QueryAsync(db => db.MeasureExecutors.Where(e => e.OrgUnitId == group).Select(e => e.MeasureId).ToListAsync());
        var unit = await factory.QueryAsync(db => db.OrgUnits.Where(u => u.Kind == ExecutorKind.Unit && !db.GroupMembers.Any(g => g.GroupId == group && g.MemberId == u.Id))
            .OrderBy(u => u.Name).Select(u => u.Id).FirstAsync());
        var ownMeasures = await factory.QueryAsync(db => db.MeasureExecutors.Where(e => e.OrgUnitId == unit).Select(e => e.MeasureId).ToListAsync());
        var client = await factory.SignedInClientAsync(await factory.CreateAsync(Roles.Coordinator));
        var url = $"/units/{group}/members";

        var add = await client.PostFormAsync(url + "?handler=Add", new() { ["MemberId"] = unit.ToString() }, url);

        Assert.Equal(HttpStatusCode.Redirect, add.StatusCode);
        var page = await HtmlPage.GetAsync(client, url);
        Assert.NotNull(page.Document.QuerySelector($"li[data-member='{unit}']"));
        var obliged = await ObligedMeasuresAsync(unit);
        Assert.All(groupMeasures, m => Assert.Contains(m, obliged));

        var remove = await client.PostFormAsync(url + "?handler=Remove", new() { ["MemberId"] = unit.ToString() }, url);

        Assert.Equal(HttpStatusCode.Redirect, remove.StatusCode);
        var after = await ObligedMeasuresAsync(unit);
        Assert.All(after, m => Assert.Contains(m, ownMeasures));
        Assert.All(groupMeasures.Except(ownMeasures), m => Assert.DoesNotContain(m, after));
    }

    [Fact]
    public async Task Adding_all_units_makes_every_unit_of_the_organisation_a_member()
    {
        var group = await GroupAsync();
        var client = await factory.SignedInClientAsync(await factory.CreateAsync(Roles.Coordinator));
        var url = $"/units/{group}/members";

        var response = await client.PostFormAsync(url + "?handler=AddAll", [], url);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var units = await factory.QueryAsync(db => db.OrgUnits.Where(u => u.Kind == ExecutorKind.Unit).Select(u => u.Id).ToListAsync());
        var members = await factory.QueryAsync(db => db.GroupMembers.Where(g => g.GroupId == group).Select(g => g.MemberId).ToListAsync());
        Assert.Equal(units.Order(), members.Order());
        Assert.Null((await HtmlPage.GetAsync(client, url)).Document.QuerySelector("form[data-add-member]"));

        // Put the group back as the other tests expect it: empty.
        await factory.WithDbAsync(async db =>
        {
            db.GroupMembers.RemoveRange(await db.GroupMembers.Where(g => g.GroupId == group).ToListAsync());
            await db.SaveChangesAsync();
        });
    }

    [Fact]
    public async Task A_group_or_an_outside_party_cannot_be_a_member_and_nothing_is_stored()
    {
        var group = await GroupAsync();
        var otherGroup = await factory.QueryAsync(db => db.OrgUnits.Where(u => u.Kind == ExecutorKind.Group && u.Id != group).Select(u => u.Id).FirstAsync());
        var external = await factory.QueryAsync(db => db.OrgUnits.Where(u => u.Kind == ExecutorKind.External).Select(u => u.Id).FirstAsync());
        var client = await factory.SignedInClientAsync(await factory.CreateAsync(Roles.Coordinator));
        var url = $"/units/{group}/members";
        var before = await factory.QueryAsync(db => db.GroupMembers.CountAsync());

        foreach (var member in new[] { otherGroup, external })
        {
            var response = await client.PostFormAsync(url + "?handler=Add", new() { ["MemberId"] = member.ToString() }, url);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Contains("До групи можна додати лише підрозділ тієї ж організації", await TextOf(response));
        }

        var unknown = await client.PostFormAsync(url + "?handler=Add", new() { ["MemberId"] = Guid.NewGuid().ToString() }, url);
        Assert.Contains("Підрозділ не знайдено в цій організації.", await TextOf(unknown));
        Assert.Equal(before, await factory.QueryAsync(db => db.GroupMembers.CountAsync()));
    }

    [Fact]
    public async Task The_members_page_of_a_single_unit_says_it_is_not_a_group_and_refuses_members()
    {
        var unit = await factory.QueryAsync(db => db.OrgUnits.Where(u => u.Kind == ExecutorKind.Unit).Select(u => u.Id).FirstAsync());
        var other = await factory.QueryAsync(db => db.OrgUnits.Where(u => u.Kind == ExecutorKind.Unit && u.Id != unit).Select(u => u.Id).FirstAsync());
        var client = await factory.SignedInClientAsync(await factory.CreateAsync(Roles.Coordinator));
        var url = $"/units/{unit}/members";

        var page = await HtmlPage.GetAsync(client, url);
        var response = await client.PostFormAsync(url + "?handler=Add", new() { ["MemberId"] = other.ToString() }, url);

        Assert.NotNull(page.Document.QuerySelector("[data-not-a-group]"));
        Assert.Contains("цей виконавець — не група", await TextOf(response));
        Assert.Equal(0, await factory.QueryAsync(db => db.GroupMembers.CountAsync(g => g.GroupId == unit)));
    }
}
