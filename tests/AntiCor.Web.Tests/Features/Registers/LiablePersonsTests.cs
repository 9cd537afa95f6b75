extern alias web;

using System.Net;
using AntiCor.Core.Data;
using AntiCor.Core.Registers;
using AntiCor.Core.Security;
using AntiCor.Core.Seed;
using AntiCor.Web.Tests.Features.My;
using AntiCor.Web.Tests.Support;
using AntiCor.Web.Tests.Support.Accounts;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using web::AntiCor.Web.Features.Registers;

namespace AntiCor.Web.Tests.Features.Registers;

/// <summary>The register of officials held liable: offence, decision with its date, measures taken; counts per year; access, export, figures, retention.</summary>
[Collection(AppCollection.Name)]
public sealed class LiablePersonsTests(AntiCorFactory factory)
{
    private const string Url = "/registers/liable-persons/edit";

    private static Dictionary<string, string> Liable(Guid unit, string person, string decisionOn, string? offenceOn = null, bool dismissed = false, bool reviewed = false) => new()
    {
        ["Input.OrgUnitId"] = unit.ToString(),
        ["Input.PersonName"] = person,
        ["Input.Position"] = "Начальник відділу",
        ["Input.Offence"] = "Порушення вимог щодо запобігання конфлікту інтересів, ст. 172-7 КУпАП",
        ["Input.OffenceOn"] = offenceOn ?? "",
        ["Input.DecisionKind"] = nameof(LiabilityDecisionKind.CourtDecision),
        ["Input.Decision"] = "Постанова районного суду, справа № 405/1234/50",
        ["Input.DecisionOn"] = decisionOn,
        ["Input.Dismissed"] = dismissed ? "true" : "false",
        ["Input.CausesReviewed"] = reviewed ? "true" : "false",
        ["Input.MeasuresTaken"] = "",
    };

    [Fact]
    public async Task An_official_is_recorded_and_edited_counted_per_year_and_a_decision_before_the_offence_is_refused()
    {
        var scene = await RegisterScene.CreateAsync(factory);
        var early = await RegisterScene.PostAsync(scene.Coordinator, Url, Liable(scene.UnitId, "Тимошенко Віра", "01.03.2050", offenceOn: "02.03.2050"), HttpStatusCode.OK);
        Assert.Contains(RegisterWords.DecisionBeforeOffence, early, StringComparison.Ordinal);
        Assert.Contains("Тимошенко Віра", early, StringComparison.Ordinal);
        Assert.False(await factory.QueryAsync(db => db.LiablePersons.AnyAsync(l => l.OrgUnitId == scene.UnitId)));

        await RegisterScene.PostAsync(scene.Coordinator, Url, Liable(scene.UnitId, "Тимошенко Віра", "10.03.2050", offenceOn: "02.02.2050"), HttpStatusCode.Redirect);
        await RegisterScene.PostAsync(scene.Coordinator, Url, Liable(scene.UnitId, "Гордієнко Пилип", "15.01.2051", dismissed: true), HttpStatusCode.Redirect);
        var entry = await factory.QueryAsync(db => db.LiablePersons.AsNoTracking().SingleAsync(l => l.OrgUnitId == scene.UnitId && l.PersonName == "Тимошенко Віра"));
        await RegisterScene.PostAsync(scene.Coordinator, $"{Url}/{entry.Id}",
            new(Liable(scene.UnitId, "Тимошенко Віра", "10.03.2050", offenceOn: "02.02.2050", dismissed: true, reviewed: true)) { ["Input.Version"] = entry.Version.ToString(), ["Input.MeasuresTaken"] = "Звільнено; службове розслідування причин" },
            HttpStatusCode.Redirect);
        var edited = await factory.QueryAsync(db => db.LiablePersons.AsNoTracking().SingleAsync(l => l.Id == entry.Id));
        Assert.True(edited.Dismissed && edited.CausesReviewed);
        Assert.Equal("Звільнено; службове розслідування причин", edited.MeasuresTaken);

        var page = await HtmlPage.GetAsync(scene.Coordinator, $"/registers/liable-persons?unit={scene.UnitId}");
        Assert.Equal(["15.01.2051", "10.03.2050"], page.All("tr[data-entry] [data-decision-on]").Select(c => c.TextContent));
        Assert.Equal(["1", "1"], page.All("tr[data-year='2050'] td").Skip(1).Take(2).Select(c => c.TextContent));
        var unreviewed = await HtmlPage.GetAsync(scene.Coordinator, $"/registers/liable-persons?unit={scene.UnitId}&violations=true");
        Assert.Equal("Гордієнко Пилип", Assert.Single(unreviewed.All("tr[data-entry] [data-person]")).TextContent);

        var audit = await factory.QueryAsync(db => db.AuditEntries.Where(a => a.EntityType == "LiablePerson" && a.EntityId == entry.Id.ToString()).OrderBy(a => a.Sequence).ToListAsync());
        Assert.Equal(["created", "updated"], audit.Select(a => a.Action));
        Assert.All(audit, a => Assert.DoesNotContain("Тимошенко", a.Changes!, StringComparison.Ordinal));
    }

    [Fact]
    public async Task An_executor_sees_their_units_entries_without_names_and_exports_them_masked()
    {
        var scene = await RegisterScene.CreateAsync(factory);
        await RegisterScene.PostAsync(scene.Coordinator, Url, Liable(scene.UnitId, "Зінченко Артем", "05.05.2052"), HttpStatusCode.Redirect);
        await RegisterScene.PostAsync(scene.Coordinator, Url, Liable(scene.OtherUnitId, "Приходько Людмила", "05.05.2052"), HttpStatusCode.Redirect);
        var id = await factory.QueryAsync(db => db.LiablePersons.Where(l => l.OrgUnitId == scene.UnitId).Select(l => l.Id).SingleAsync());
        var other = await factory.QueryAsync(db => db.LiablePersons.Where(l => l.OrgUnitId == scene.OtherUnitId).Select(l => l.Id).SingleAsync());

        var list = await HtmlPage.GetAsync(scene.Executor, "/registers/liable-persons?from=01.01.2052&to=31.12.2052");
        Assert.Equal([id.ToString()], list.All("tr[data-entry]").Select(r => r.GetAttribute("data-entry")).Where(e => e == id.ToString() || e == other.ToString()));
        Assert.Equal(RegisterAccess.Masked, list.Single($"tr[data-entry='{id}'] [data-person]").TextContent);
        Assert.DoesNotContain("Приходько", list.Html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await HtmlPage.GetAsync(scene.Executor, $"{Url}/{other}")).Status);
        var csv = await scene.Executor.GetStringAsync("/registers/liable-persons?format=csv");
        Assert.Contains("405/1234/50", csv, StringComparison.Ordinal);
        Assert.DoesNotContain("Зінченко", csv, StringComparison.Ordinal);
        var coordinatorCsv = await scene.Coordinator.GetStringAsync($"/registers/liable-persons?unit={scene.UnitId}&format=csv");
        Assert.Contains("Зінченко Артем", coordinatorCsv, StringComparison.Ordinal);
        using var xlsx = await scene.Coordinator.GetAsync($"/registers/liable-persons?unit={scene.UnitId}&format=xlsx");
        Assert.Equal(RegisterExport.Xlsx, xlsx.Content.Headers.ContentType!.MediaType);
    }

    [Fact]
    public async Task The_linked_measures_report_form_offers_the_figures_and_old_names_are_erased_keeping_the_counts()
    {
        // The only test that links this register to the seed programme (measure 7.6) and the only one with decisions in 2020.
        var scene = await RegisterScene.CreateAsync(factory);
        var programme = await factory.QueryAsync(db => db.Programmes.Where(p => db.Organizations.Any(o => o.Id == p.OrganizationId && o.Slug == SeedProgramme.OrganizationSlug)).Select(p => p.Id).FirstAsync());
        await RegisterScene.PostAsync(scene.Coordinator, "/registers?handler=Link", new()
        {
            ["ProgrammeId"] = programme.ToString(), ["Register"] = nameof(RegisterKind.LiablePersons), ["MeasureNumber"] = "7.6",
        }, HttpStatusCode.Redirect);
        await RegisterScene.PostAsync(scene.Coordinator, Url, Liable(scene.UnitId, "Перша Особа", "12.10.2020", dismissed: true, reviewed: true), HttpStatusCode.Redirect);
        await RegisterScene.PostAsync(scene.Coordinator, Url, Liable(scene.UnitId, "Друга Особа", "20.11.2020", reviewed: true), HttpStatusCode.Redirect);
        await RegisterScene.PostAsync(scene.Coordinator, Url, Liable(scene.UnitId, "Третя Особа", "02.01.2021"), HttpStatusCode.Redirect);

        var app = factory.OnClock(new DateOnly(2021, 1, 10), out _);
        var obligation = await app.NewObligationAsync(periodKey: "2020Q4", measureNumber: "7.6");
        var executor = await app.SignedInClientAsync(await app.CreateAsync(Roles.Executor, [obligation.UnitId]));
        var form = await HtmlPage.GetAsync(executor, obligation.FormUrl);
        Assert.Equal(["2", "1", "2"], form.All("[data-offer='LiablePersons'] [data-figure]").Select(f => f.TextContent));
        Assert.Contains("Притягнуто до відповідальності за корупційні або пов'язані з корупцією правопорушення 2 осіб, з них звільнено 1",
            form.Single("[data-offer='LiablePersons'] [data-sentence]").TextContent, StringComparison.Ordinal);

        await using (var scope = factory.Services.CreateAsyncScope())
        {
            await RegisterRetention.EraseAsync(scope.ServiceProvider.GetRequiredService<AppDbContext>(), new DateOnly(2026, 1, 1),
                new DateTime(2026, 1, 1, 2, 0, 0, DateTimeKind.Utc), new RegisterRetentionOptions { LiablePersonsRetentionYears = 5 }, CancellationToken.None);
        }

        var entries = await factory.QueryAsync(db => db.LiablePersons.AsNoTracking().Where(l => l.OrgUnitId == scene.UnitId).OrderBy(l => l.DecisionOn).ToListAsync());
        Assert.Equal([null, null, "Третя Особа"], entries.Select(e => e.PersonName));
        Assert.Equal("Начальник відділу", entries[0].Position);
        var after = await HtmlPage.GetAsync(executor, obligation.FormUrl);
        Assert.Equal(["2", "1", "2"], after.All("[data-offer='LiablePersons'] [data-figure]").Select(f => f.TextContent));
    }
}
