extern alias web;

using System.Globalization;
using AntiCor.Core.Domain;
using AntiCor.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;
using web::AntiCor.Web.Features.Audit;

namespace AntiCor.Web.Tests.Features.Audit;

/// <summary>The auditor's browse query, run on the app's database (seeded at start, so it has a trail).</summary>
[Collection(AppCollection.Name)]
public sealed class AuditBrowseQueryTests(AntiCorFactory factory)
{
    // The Kyiv day the trail begins on, read from the trail itself rather than the wall clock.
    private Task<string> FirstKyivDayAsync() => factory.QueryAsync(async db =>
        TimeZoneInfo.ConvertTimeFromUtc(await db.AuditEntries.MinAsync(e => e.AtUtc), TimeZoneInfo.FindSystemTimeZoneById("Europe/Kyiv")).ToString("dd.MM.yyyy", CultureInfo.InvariantCulture));

    [Fact]
    public async Task Without_filters_shows_the_newest_rows_first_one_page_at_a_time()
    {
        var first = await factory.QueryAsync(db => AuditBrowseQuery.RunAsync(db, new()));
        var second = await factory.QueryAsync(db => AuditBrowseQuery.RunAsync(db, new(Page: 2)));
        var newest = await factory.QueryAsync(db => db.AuditEntries.MaxAsync(a => a.Sequence));

        Assert.Equal(AuditBrowseQuery.PageSize, first.Rows.Count);
        Assert.True(newest - first.Rows[0].Sequence < 5, "the first page starts at the newest rows");
        Assert.Equal(first.Rows.Select(r => r.Sequence).OrderDescending(), first.Rows.Select(r => r.Sequence));
        Assert.True(first.HasOlder);
        Assert.False(first.HasNewer);
        Assert.True(second.HasNewer);
        Assert.True(second.Rows[0].Sequence < first.Rows[^1].Sequence);
    }

    [Fact]
    public async Task Entity_type_and_id_filters_give_one_programme_s_history_with_its_fields()
    {
        var programme = await factory.QueryAsync(db => db.Programmes.Select(p => new { p.Id, p.Title }).FirstAsync());

        var result = await factory.QueryAsync(db => AuditBrowseQuery.RunAsync(db, new(EntityType: nameof(Programme), EntityId: programme.Id.ToString())));

        var created = Assert.Single(result.Rows, r => r.Action == "created");
        Assert.All(result.Rows, r => Assert.Equal((nameof(Programme), programme.Id.ToString()), (r.EntityType, r.EntityId)));
        var title = Assert.Single(created.Changes, c => c.Field == "Title");
        Assert.False(title.HasBefore);
        Assert.Equal(programme.Title, title.After);
    }

    [Fact]
    public async Task Action_and_actor_filters_keep_only_matching_rows()
    {
        var actor = await factory.QueryAsync(db => db.AuditEntries.Where(a => a.Action == "created").OrderBy(a => a.Sequence).Select(a => a.ActorName).FirstAsync());
        var created = await factory.QueryAsync(db => AuditBrowseQuery.RunAsync(db, new(Action: "created", Actor: actor)));
        var nobody = await factory.QueryAsync(db => AuditBrowseQuery.RunAsync(db, new(Actor: "нікого-такого-немає")));

        Assert.NotEmpty(created.Rows);
        Assert.All(created.Rows, r => Assert.Equal(("created", actor), (r.Action, r.ActorName)));
        Assert.Empty(nobody.Rows);
    }

    [Fact]
    public async Task Date_range_in_dd_MM_yyyy_is_read_as_Kyiv_days_both_inclusive()
    {
        var today = await FirstKyivDayAsync();
        var yesterday = DateOnly.ParseExact(today, "dd.MM.yyyy", CultureInfo.InvariantCulture).AddDays(-1).ToString("dd.MM.yyyy", CultureInfo.InvariantCulture);

        var todays = await factory.QueryAsync(db => AuditBrowseQuery.RunAsync(db, new(From: today, To: today)));
        var before = await factory.QueryAsync(db => AuditBrowseQuery.RunAsync(db, new(To: yesterday)));

        Assert.NotEmpty(todays.Rows);
        Assert.Empty(before.Rows);
        Assert.Empty(todays.Errors);
    }

    [Fact]
    public async Task Unreadable_dates_and_a_reversed_range_come_back_as_errors_without_rows()
    {
        var bad = await factory.QueryAsync(db => AuditBrowseQuery.RunAsync(db, new(From: "2026-11-27")));
        var reversed = await factory.QueryAsync(db => AuditBrowseQuery.RunAsync(db, new(From: "02.01.2026", To: "01.01.2026")));

        Assert.Equal(AuditText.BadDate, bad.Errors["From"]);
        Assert.Empty(bad.Rows);
        Assert.Equal(AuditText.BadRange, reversed.Errors["To"]);
    }

    [Fact]
    public void Changes_json_becomes_before_and_after_text_kept_as_written()
    {
        var changes = AuditBrowseQuery.ReadChanges("""{"Title":{"from":"<b>old</b>","to":"<script>x()</script>"},"Note":{"from":"a"},"Count":{"to":null}}""");

        Assert.Equal(
            [
                new AuditBrowseQuery.FieldChange("Title", "<b>old</b>", "<script>x()</script>", true, true),
                new AuditBrowseQuery.FieldChange("Note", "a", null, true, false),
                new AuditBrowseQuery.FieldChange("Count", null, null, false, true),
            ],
            changes);
    }

    [Fact]
    public async Task Audit_pages_are_not_open_to_anonymous_visitors()
    {
        var client = factory.CreateClient(new() { AllowAutoRedirect = false });
        foreach (var url in new[] { "/audit", "/audit/entity/Programme/x" })
        {
            using var response = await client.GetAsync(url);
            Assert.True((int)response.StatusCode is 302 or 401 or 403, $"anonymous GET {url} answered {(int)response.StatusCode}");
        }
    }
}
