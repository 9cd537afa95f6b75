using System.Net;
using AntiCor.Core.Audit;
using AntiCor.Core.Security;
using AntiCor.Web.Tests.Support;
using AntiCor.Web.Tests.Support.Accounts;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace AntiCor.Web.Tests.Tenancy;

/// <summary>
/// Two organisations on one deployment: each one's staff see and change only their own records
/// (an id of the other's, in a route or a form field, is 403 or 404 and changes nothing); the
/// public sees both, each under its own address; each organisation's changes go to its own audit chain.
/// </summary>
[Collection(TwoOrganizationsCollection.Name)]
public sealed class IsolationTests(TwoOrganizations two)
{
    private AntiCorFactory Factory => two.Factory;

    [Fact]
    public async Task The_public_sees_both_organisations_each_under_its_own_address()
    {
        var client = Factory.NewClient();
        var home = await HtmlPage.GetAsync(client, "/");
        Assert.Equal(HttpStatusCode.OK, home.Status);
        Assert.Equal(
            [two.City.Slug, two.Village.Slug],
            home.All("[data-organization]").Select(e => e.GetAttribute("data-organization")!).Order(StringComparer.Ordinal));

        var village = await HtmlPage.GetAsync(client, $"/o/{two.Village.Slug}");
        Assert.Equal(HttpStatusCode.OK, village.Status);
        Assert.Equal([two.Village.Programme.ToString()], village.All("tr[data-programme]").Select(e => e.GetAttribute("data-programme")));

        var city = await HtmlPage.GetAsync(client, $"/o/{two.City.Slug}/programmes/{two.City.Programme}");
        Assert.Equal(HttpStatusCode.OK, city.Status);

        // The city's programme is not the village's, whatever the address says.
        using var crossed = await client.GetAsync($"/o/{two.Village.Slug}/programmes/{two.City.Programme}");
        Assert.Equal(HttpStatusCode.NotFound, crossed.StatusCode);
        using var unknown = await client.GetAsync("/o/nemaie-takoi/programmes/" + two.City.Programme);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
    }

    [Fact]
    public async Task Every_role_of_one_organisation_is_refused_the_other_organisations_records()
    {
        var cityUser = await Factory.CreateAsync(Roles.Executor, [two.City.Unit], organization: two.City.Organization);
        var targets = new[]
        {
            $"/programmes/{two.City.Programme}/measures/{two.City.Measure}/edit",
            $"/programmes/{two.City.Programme}/directions/edit/{two.City.Direction}",
            $"/programmes/{two.City.Programme}/directions/{two.City.Direction}/measures/new",
            $"/admin/units/{two.City.Unit}",
            $"/admin/users/{cityUser.Id}",
            $"/my/obligations/{two.City.Unit}",
        };
        var wrong = new List<string>();
        foreach (var role in Roles.All)
        {
            var client = await Factory.SignedInClientAsync(
                await Factory.CreateAsync(role, role == Roles.Executor ? [two.Village.Unit] : null, organization: two.Village.Organization));
            foreach (var url in targets)
            {
                using var response = await client.GetAsync(url);
                if (response.StatusCode is not (HttpStatusCode.Forbidden or HttpStatusCode.NotFound))
                {
                    wrong.Add($"{role} GET {url}: {(int)response.StatusCode}");
                }
            }
        }

        Assert.True(wrong.Count == 0, string.Join(Environment.NewLine, wrong));
    }

    [Fact]
    public async Task A_coordinator_cannot_change_the_other_organisations_measure_but_edits_their_own()
    {
        var coordinator = await Factory.SignedInClientAsync(await Factory.CreateAsync(Roles.Coordinator, organization: two.Village.Organization));
        var own = $"/programmes/{two.Village.Programme}/measures/{two.Village.Measure}/edit";
        var foreign = $"/programmes/{two.City.Programme}/measures/{two.City.Measure}/edit";
        var cityText = await Factory.QueryAsync(db => db.Measures.IgnoreQueryFilters().Where(m => m.Id == two.City.Measure).Select(m => m.Text).SingleAsync());

        var refused = await coordinator.PostFormAsync($"{foreign}?handler=Save", Fields("Підмінений текст", two.City.Direction), formPage: own);
        Assert.Equal(HttpStatusCode.NotFound, refused.StatusCode);
        var removed = await coordinator.PostFormAsync($"{foreign}?handler=Delete", new() { ["ConfirmDelete"] = "true", ["Act.Kind"] = "розпорядження", ["Act.Number"] = "1", ["Act.Date"] = "01.02.2025" }, formPage: own);
        Assert.Equal(HttpStatusCode.NotFound, removed.StatusCode);
        Assert.Equal(cityText, await Factory.QueryAsync(db => db.Measures.IgnoreQueryFilters().Where(m => m.Id == two.City.Measure).Select(m => m.Text).SingleAsync()));

        var saved = await coordinator.PostFormAsync($"{own}?handler=Save", Fields("Оприлюднювати проєкти рішень на вебсайті сільської ради", two.Village.Direction), formPage: own);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.StartsWith($"/o/{two.Village.Slug}/programmes/{two.Village.Programme}", saved.Headers.Location!.OriginalString, StringComparison.Ordinal);
        Assert.Equal("Оприлюднювати проєкти рішень на вебсайті сільської ради",
            await Factory.QueryAsync(db => db.Measures.IgnoreQueryFilters().Where(m => m.Id == two.Village.Measure).Select(m => m.Text).SingleAsync()));
    }

    [Fact]
    public async Task An_administrator_manages_only_their_own_organisations_users_and_units()
    {
        var admin = await Factory.SignedInClientAsync(await Factory.CreateAsync(Roles.Administrator, organization: two.Village.Organization));
        var cityUser = await Factory.CreateAsync(Roles.Executor, [two.City.Unit], organization: two.City.Organization);
        var villageUser = await Factory.CreateAsync(Roles.Executor, [two.Village.Unit], organization: two.Village.Organization);
        var ownPage = $"/admin/users/{villageUser.Id}";

        var grant = await admin.PostFormAsync($"/admin/users/{cityUser.Id}?handler=Grant", new() { ["role"] = Roles.Coordinator }, formPage: ownPage);
        Assert.NotEqual(HttpStatusCode.Redirect, grant.StatusCode);
        var bind = await admin.PostFormAsync($"{ownPage}?handler=Bind", new() { ["unitId"] = two.City.Unit.ToString() }, formPage: ownPage);
        Assert.Equal(HttpStatusCode.OK, bind.StatusCode);
        Assert.Contains("Підрозділ не знайдено в цій організації.", await bind.Content.ReadAsStringAsync());

        Assert.Equal([Roles.Executor], await Factory.QueryAsync(db => db.Memberships.Where(m => m.UserId == cityUser.Id).Select(m => m.Role).ToListAsync()));
        Assert.Equal([two.Village.Unit], await Factory.QueryAsync(db => db.UserUnits.Where(x => x.UserId == villageUser.Id).Select(x => x.OrgUnitId).ToListAsync()));

        var list = await HtmlPage.GetAsync(admin, "/admin/users");
        Assert.Contains(villageUser.Email, list.Html, StringComparison.Ordinal);
        Assert.DoesNotContain(cityUser.Email, list.Html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_coordinator_imports_into_their_own_organisation_and_a_named_other_body_is_only_a_warning()
    {
        var coordinator = await Factory.SignedInClientAsync(await Factory.CreateAsync(Roles.Coordinator, organization: two.Village.Organization));
        var organizations = await Factory.QueryAsync(db => db.Organizations.CountAsync());
        var seed = File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "samples", "kropyvnytskyi-2019-order-98.txt"));

        var token = await TestUsers.AntiforgeryTokenAsync(coordinator, "/programmes/import");
        using var form = new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
            { new ByteArrayContent(seed), "Upload", "order-98.txt" },
        };
        using var preview = await coordinator.PostAsync("/programmes/import?handler=Upload", form);
        var page = await preview.Content.ReadAsStringAsync();
        Assert.Contains("data-organization-mismatch", page, StringComparison.Ordinal);
        Assert.Contains("Степова сільська рада", page, StringComparison.Ordinal);

        var fields = new Dictionary<string, string> { ["Draft"] = System.Net.WebUtility.HtmlDecode(
            System.Text.RegularExpressions.Regex.Match(page, "name=\"Draft\" value=\"([^\"]+)\"").Groups[1].Value) };
        var confirm = await coordinator.PostFormAsync("/programmes/import?handler=Confirm", fields, "/programmes/import");
        Assert.Equal(HttpStatusCode.Redirect, confirm.StatusCode);
        Assert.StartsWith($"/o/{two.Village.Slug}/programmes/", confirm.Headers.Location!.OriginalString, StringComparison.Ordinal);

        var stored = Guid.Parse(confirm.Headers.Location.OriginalString.Split('/')[^1]);
        Assert.Equal(organizations, await Factory.QueryAsync(db => db.Organizations.CountAsync()));
        Assert.Equal(two.Village.Organization, await Factory.QueryAsync(db => db.Programmes.IgnoreQueryFilters().Where(p => p.Id == stored).Select(p => p.OrganizationId).SingleAsync()));
        Assert.True(await Factory.QueryAsync(db => db.ProgrammeWarnings.AnyAsync(w => w.ProgrammeId == stored && w.Code == Core.Programmes.ProgrammeRegistrar.OrganizationMismatch)));
        // The village's own units were made for it; the city's units were not touched.
        Assert.DoesNotContain(
            await Factory.QueryAsync(db => db.MeasureExecutors.Where(e => db.Measures.IgnoreQueryFilters().Any(m => m.Id == e.MeasureId && m.OrganizationId == two.Village.Organization)).Select(e => e.OrgUnit.OrganizationId).Distinct().ToListAsync()),
            id => id != two.Village.Organization);
    }

    [Fact]
    public async Task Each_organisations_changes_go_to_its_own_audit_chain_and_every_chain_verifies()
    {
        var coordinator = await Factory.SignedInClientAsync(await Factory.CreateAsync(Roles.Coordinator, organization: two.Village.Organization));
        var own = $"/programmes/{two.Village.Programme}/directions/edit/{two.Village.Direction}";
        var saved = await coordinator.PostFormAsync($"{own}?handler=Save", new() { ["DirectionTitle"] = "Прозорість, відкритість і доступ до інформації" }, own);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);

        var rows = await Factory.QueryAsync(db => db.AuditEntries.Where(a => a.EntityType == "Direction" && a.EntityId == two.Village.Direction.ToString()).Select(a => a.ChainId).ToListAsync());
        Assert.NotEmpty(rows);
        Assert.All(rows, chain => Assert.Equal(two.Village.Organization, chain));

        var auditor = await Factory.SignedInClientAsync(await Factory.CreateAsync(Roles.Auditor, organization: two.City.Organization));
        var cityAudit = await HtmlPage.GetAsync(auditor, $"/audit?EntityId={two.Village.Direction}");
        Assert.Equal(HttpStatusCode.OK, cityAudit.Status);
        Assert.DoesNotContain("Прозорість, відкритість", cityAudit.Html, StringComparison.Ordinal);

        var verification = await Factory.QueryAsync(db => new AuditTrail(db, Factory.Services.GetRequiredService<TimeProvider>()).VerifyAsync());
        Assert.True(verification.IsIntact, verification.Reason);
        Assert.Contains(two.Village.Organization, await Factory.QueryAsync(db => new AuditTrail(db, Factory.Services.GetRequiredService<TimeProvider>()).ChainsAsync()));
    }

    [Fact]
    public async Task A_person_working_for_both_organisations_acts_for_the_one_they_choose()
    {
        var both = await Factory.CreateAsync(Roles.Coordinator, organization: two.City.Organization);
        await Factory.QueryAsync(async db =>
        {
            db.Memberships.Add(new Membership(both.Id, two.Village.Organization, Roles.Coordinator));
            return await db.SaveChangesAsync();
        });
        var client = await Factory.SignedInClientAsync(both);
        var cityEdit = $"/programmes/{two.City.Programme}/measures/{two.City.Measure}/edit";
        var villageEdit = $"/programmes/{two.Village.Programme}/measures/{two.Village.Measure}/edit";
        using (var city = await client.GetAsync(cityEdit))
        using (var village = await client.GetAsync(villageEdit))
        {
            Assert.Equal((HttpStatusCode.OK, HttpStatusCode.NotFound), (city.StatusCode, village.StatusCode));
        }

        var switched = await client.PostFormAsync("/account/organization", new() { ["organizationId"] = two.Village.Organization.ToString() });
        Assert.Equal(HttpStatusCode.Redirect, switched.StatusCode);
        Assert.Equal($"/o/{two.Village.Slug}", switched.Headers.Location!.OriginalString);
        using (var city = await client.GetAsync(cityEdit))
        using (var village = await client.GetAsync(villageEdit))
        {
            Assert.Equal((HttpStatusCode.NotFound, HttpStatusCode.OK), (city.StatusCode, village.StatusCode));
        }

        var foreign = await Factory.SignedInClientAsync(await Factory.CreateAsync(Roles.Coordinator, organization: two.Village.Organization));
        var refused = await foreign.PostFormAsync("/account/organization", new() { ["organizationId"] = two.City.Organization.ToString() });
        Assert.Contains("Ви не працюєте в цій організації.", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    private static Dictionary<string, string> Fields(string text, Guid direction) => new()
    {
        ["Text"] = text,
        ["TermText"] = "Постійно",
        ["ExecutorsText"] = "Загальний відділ",
        ["DirectionId"] = direction.ToString(),
    };
}
