using System.Net;
using AntiCor.Web.Tests.Support;
using AntiCor.Web.Tests.Support.Accounts;
using Microsoft.EntityFrameworkCore;

namespace AntiCor.Web.Tests.Features.Portal;

/// <summary>A draft programme and the importer's doubts are for the organisation's staff only; the coordinator publishes and withdraws.</summary>
[Collection(PortalCollection.Name)]
public sealed class DraftAndPublishedTests(PortalApp fixture)
{
    private const string Org = PortalApp.Org;

    [Fact]
    public async Task A_programme_taken_back_to_draft_is_not_found_by_the_public_on_any_page_or_export_but_staff_still_see_it()
    {
        var id = await fixture.ProgrammeIdAsync();
        var measure = await fixture.App.QueryAsync(db => db.Measures.Select(m => m.Id).FirstAsync());
        var unit = await fixture.App.QueryAsync(db => db.MeasureExecutors.Select(e => e.OrgUnitId).FirstAsync());
        var coordinator = await fixture.CoordinatorAsync();
        var auditor = await fixture.SignedInAsync(AntiCor.Core.Security.Roles.Auditor);
        var anonymous = fixture.App.NewClient();
        string[] urls =
        [
            $"{Org}/programmes/{id}", $"{Org}/programmes/{id}/export/csv", $"{Org}/programmes/{id}/export/json", $"{Org}/programmes/{id}/measures/{measure}",
            $"{Org}/programmes/{id}/editions", $"{Org}/programmes/{id}/editions/1", $"{Org}/programmes/{id}/editions/compare",
        ];

        var response = await coordinator.PostFormAsync($"/programmes/{id}/publication?handler=Unpublish", []);
        try
        {
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.Null(await fixture.App.QueryAsync(db => db.Programmes.Where(p => p.Id == id).Select(p => p.PublishedAtUtc).SingleAsync()));
            foreach (var url in urls)
            {
                var page = await HtmlPage.GetAsync(anonymous, url);
                Assert.True(page.Status == HttpStatusCode.NotFound, $"{url}: {page.Status}");
                Assert.Equal("Сторінку не знайдено", HtmlPage.Text(page.Single("h1")));
                Assert.Equal(HttpStatusCode.OK, (await auditor.GetAsync(url)).StatusCode);
            }

            var list = await HtmlPage.GetAsync(anonymous, Org);
            Assert.Empty(list.All($"[data-programme='{id}']"));
            Assert.DoesNotContain(id.ToString(), (await HtmlPage.GetAsync(anonymous, $"{Org}/units/{unit}")).Html);
            var staffList = await HtmlPage.GetAsync(auditor, Org);
            Assert.NotNull(staffList.Single($"[data-programme='{id}'] [data-draft]"));
            Assert.Equal("draft", (await HtmlPage.GetAsync(coordinator, $"{Org}/programmes/{id}")).Single("[data-publication]").GetAttribute("data-publication"));
        }
        finally
        {
            response = await coordinator.PostFormAsync($"/programmes/{id}/publication?handler=Publish", []);
        }

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(fixture.Time.GetUtcNow().UtcDateTime, await fixture.App.QueryAsync(db => db.Programmes.Where(p => p.Id == id).Select(p => p.PublishedAtUtc).SingleAsync()));
        foreach (var url in urls)
        {
            Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync(url)).StatusCode);
        }

        // Both switches are in the programme's audit trail.
        var changes = await fixture.App.QueryAsync(db => db.AuditEntries.Where(e => e.EntityType == "Programme" && e.EntityId == id.ToString() && e.Changes!.Contains("PublishedAtUtc")).CountAsync());
        Assert.True(changes >= 2, $"audit rows naming PublishedAtUtc: {changes}");
    }

    [Fact]
    public async Task The_importers_doubts_are_shown_to_staff_and_hidden_from_the_public_on_the_page_and_in_downloads()
    {
        var id = await fixture.ProgrammeIdAsync();
        Assert.True(await fixture.App.QueryAsync(db => db.ProgrammeWarnings.AnyAsync(w => w.ProgrammeId == id)), "the sample has import warnings");
        var anonymous = fixture.App.NewClient();
        var staff = await fixture.SignedInAsync(AntiCor.Core.Security.Roles.Executor);

        var publicPage = await HtmlPage.GetAsync(anonymous, $"{Org}/programmes/{id}");
        var staffPage = await HtmlPage.GetAsync(staff, $"{Org}/programmes/{id}");

        Assert.Equal(HttpStatusCode.OK, publicPage.Status);
        Assert.Empty(publicPage.All("[data-programme-warnings], [data-measure-warnings], [data-review-mark], [data-line]"));
        Assert.DoesNotContain("Зауваження до імпорту", publicPage.Html);
        Assert.DoesNotContain("потребує перевірки", publicPage.Html);
        Assert.NotEmpty(staffPage.All("[data-programme-warnings], [data-measure-warnings]"));
        Assert.Empty(publicPage.All("[data-publication]"));

        using var json = System.Text.Json.JsonDocument.Parse(await anonymous.GetStringAsync($"{Org}/programmes/{id}/export/json"));
        using var staffJson = System.Text.Json.JsonDocument.Parse(await staff.GetStringAsync($"{Org}/programmes/{id}/export/json"));
        Assert.Equal(0, json.RootElement.GetProperty("warnings").GetArrayLength());
        Assert.NotEqual(0, staffJson.RootElement.GetProperty("warnings").GetArrayLength());
        var measures = Measures(json).ToList();
        Assert.NotEmpty(measures);
        Assert.All(measures, m => Assert.False(m.GetProperty("needsReview").GetBoolean()));
        Assert.All(measures, m => Assert.True(!m.TryGetProperty("source", out var source) || source.ValueKind == System.Text.Json.JsonValueKind.Null));
        Assert.Contains(Measures(staffJson), m => m.GetProperty("needsReview").GetBoolean());
    }

    private static IEnumerable<System.Text.Json.JsonElement> Measures(System.Text.Json.JsonDocument document) =>
        document.RootElement.GetProperty("programme").GetProperty("directions").EnumerateArray()
            .SelectMany(d => d.GetProperty("measures").EnumerateArray());

    [Fact]
    public async Task An_unknown_organisation_programme_or_measure_is_a_Ukrainian_404()
    {
        var id = await fixture.ProgrammeIdAsync();
        var anonymous = fixture.App.NewClient();
        foreach (var url in new[]
        {
            "/o/no-such-city", "/o/no-such-city/programmes/" + id, $"{Org}/programmes/{Guid.NewGuid()}", $"{Org}/programmes/{Guid.NewGuid()}/export/csv",
            $"{Org}/programmes/{id}/measures/{Guid.NewGuid()}", $"{Org}/programmes/{Guid.NewGuid()}/measures/{Guid.NewGuid()}",
        })
        {
            var page = await HtmlPage.GetAsync(anonymous, url);
            Assert.True(page.Status == HttpStatusCode.NotFound, $"{url}: {page.Status}");
            Assert.Contains("Сторінку не знайдено", page.Html);
        }
    }
}
