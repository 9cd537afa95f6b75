extern alias web;

using System.Net;
using AntiCor.Core.Security;
using AntiCor.Web.Tests.Support;
using AntiCor.Web.Tests.Support.Accounts;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace AntiCor.Web.Tests.Security;

/// <summary>
/// Every endpoint the app maps, requested anonymously and as each role (signed in through the real
/// pages), against one table of expected outcomes. A new endpoint without a row fails this test with
/// its route: add one line to <see cref="Table"/>.
/// </summary>
[Collection(AppCollection.Name)]
public sealed class AuthorizationTableTests(AntiCorFactory factory)
{
    /// <summary>The outcome of a GET: the page (200), a redirect to sign-in, another redirect, 403, or 404.</summary>
    public enum R
    {
        Ok,
        Login,
        Redirect,
        Forbidden,
        NotFound,
    }

    /// <summary>What anonymous, Executor, Coordinator, Head, Auditor, Administrator and the deployment administrator get, in that order.</summary>
    public sealed record Row(string Url, R Anonymous, R Executor, R Coordinator, R Head, R Auditor, R Administrator, R Deployment)
    {
        public R For(string? role) => role switch
        {
            null => Anonymous,
            Roles.Executor => Executor,
            Roles.Coordinator => Coordinator,
            Roles.Head => Head,
            Roles.Auditor => Auditor,
            Roles.Administrator => Administrator,
            _ => Deployment,
        };
    }

    /// <summary>Ids of real records, so that routes with parameters hit something that exists.</summary>
    public sealed record Ids(Guid Programme, Guid Direction, Guid Measure, Guid ExecutorUnit, Guid OtherUnit, Guid SomeUser, Guid Obligation);

    private const string Org = "/o/" + AntiCor.Core.Seed.SeedProgramme.OrganizationSlug;

    private static Row All(string url, R outcome) => new(url, outcome, outcome, outcome, outcome, outcome, outcome, outcome);

    private static Row Public(string url) => All(url, R.Ok);

    private static Row SignedIn(string url) => new(url, R.Login, R.Ok, R.Ok, R.Ok, R.Ok, R.Ok, R.Ok);

    /// <summary>
    /// Signed-in users in <paramref name="roles"/> get 200, other signed-in users 403, anonymous the
    /// sign-in page. The deployment administrator acts as the administrator of the organisation.
    /// </summary>
    private static Row Only(string url, params string[] roles) => new(url, R.Login,
        roles.Contains(Roles.Executor) ? R.Ok : R.Forbidden,
        roles.Contains(Roles.Coordinator) ? R.Ok : R.Forbidden,
        roles.Contains(Roles.Head) ? R.Ok : R.Forbidden,
        roles.Contains(Roles.Auditor) ? R.Ok : R.Forbidden,
        roles.Contains(Roles.Administrator) ? R.Ok : R.Forbidden,
        roles.Contains(Roles.Administrator) || roles.Contains(Roles.DeploymentAdministrator) ? R.Ok : R.Forbidden);

    /// <summary>Route pattern (as mapped) → the request to make and the expected outcomes.</summary>
    public static readonly Dictionary<string, Func<Ids, Row>> Table = new()
    {
        // One organisation on the deployment: the front page opens it.
        ["/"] = _ => All("/", R.Redirect),
        // Static files (the assets manifest's catch-all).
        ["/{**path:file}"] = _ => Public("/favicon.svg"),
        ["/error"] = _ => Public("/error"),
        ["/status/{code:int}"] = _ => All("/status/404", R.NotFound),
        ["/o/{slug}"] = _ => Public(Org),
        ["/o/{slug}/programmes/{id:guid}"] = i => Public($"{Org}/programmes/{i.Programme}"),
        ["/o/{slug}/units/{id:guid}"] = i => Public($"{Org}/units/{i.ExecutorUnit}"),
        ["/o/{slug}/programmes/{id:guid}/editions"] = i => Public($"{Org}/programmes/{i.Programme}/editions"),
        ["/o/{slug}/programmes/{id:guid}/editions/compare"] = i => Public($"{Org}/programmes/{i.Programme}/editions/compare"),
        ["/o/{slug}/programmes/{id:guid}/editions/{number:int}"] = i => Public($"{Org}/programmes/{i.Programme}/editions/1"),
        ["/o/{slug}/programmes/{id:guid}/export/{format}"] = i => Public($"{Org}/programmes/{i.Programme}/export/csv"),
        // The public portal: the measure card, search, the organisations side by side; a public evidence file that is not there is 404 for all.
        ["/o/{slug}/programmes/{id:guid}/measures/{measureId:guid}"] = i => Public($"{Org}/programmes/{i.Programme}/measures/{i.Measure}"),
        ["/o/{slug}/search"] = _ => Public($"{Org}/search?q=корупц"),
        ["/o/{slug}/evidence/{reportId:guid}/{evidenceId:guid}"] = _ => All($"{Org}/evidence/{Guid.NewGuid()}/{Guid.NewGuid()}", R.NotFound),
        ["/organizations/progress"] = _ => Public("/organizations/progress"),
        // Addresses published before organisations had their own redirect there.
        ["/programmes/{id:guid}"] = i => All($"/programmes/{i.Programme}", R.Redirect),
        ["/units/{id:guid}"] = i => All($"/units/{i.ExecutorUnit}", R.Redirect),

        ["/account/login"] = _ => Public("/account/login"),
        ["/account/logout"] = _ => Public("/account/logout"),
        ["/account/forgot-password"] = _ => Public("/account/forgot-password"),
        ["/account/reset-password"] = _ => Public("/account/reset-password"),
        ["/account/accept-invitation"] = _ => Public("/account/accept-invitation"),
        // The second step needs the first: without the password step's cookie it sends everyone to sign in.
        ["/account/login-2fa"] = _ => All("/account/login-2fa", R.Login),
        ["/account/change-password"] = _ => SignedIn("/account/change-password"),
        ["/account/two-factor"] = _ => SignedIn("/account/two-factor"),
        ["/account/organization"] = _ => SignedIn("/account/organization"),
        // The single sign-on button's target: a POST starts the round trip; a GET goes back to the sign-in page.
        ["/account/external-login"] = _ => All("/account/external-login", R.Login),

        ["/admin/organizations"] = _ => Only("/admin/organizations", Roles.DeploymentAdministrator),
        ["/admin/users"] = _ => Only("/admin/users", Roles.Administrator),
        ["/grants"] = _ => Only("/grants", Roles.Head, Roles.Administrator),
        ["/admin/users/create"] = _ => Only("/admin/users/create", Roles.Administrator),
        ["/admin/users/{id:guid}"] = i => Only($"/admin/users/{i.SomeUser}", Roles.Administrator),
        ["/admin/units"] = _ => Only("/admin/units", Roles.Administrator),
        ["/admin/units/{id:guid}"] = i => Only($"/admin/units/{i.ExecutorUnit}", Roles.Administrator),
        ["/my/obligations/{unitId:guid?}"] = _ => Only("/my/obligations", Roles.Executor),
        ["/my/obligations/{obligationId:guid}/report"] = i => Only($"/my/obligations/{i.Obligation}/report", Roles.Executor),
        // Evidence: executors (of the report's unit, checked on the record) and the department; no such file here, so 404 past the policy.
        ["/evidence/{reportId:guid}/{evidenceId:guid}"] = _ => new($"/evidence/{Guid.NewGuid()}/{Guid.NewGuid()}", R.Login, R.NotFound, R.NotFound, R.NotFound, R.NotFound, R.Forbidden, R.Forbidden),
        ["/my/calendar"] = _ => Only("/my/calendar", Roles.Executor),
        ["/admin/holidays"] = _ => Only("/admin/holidays", Roles.DeploymentAdministrator),
        // A private feed opened by calendar programs without signing in: an unknown token is 404 for all.
        ["/calendar/{token}.ics"] = _ => All("/calendar/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA.ics", R.NotFound),

        // Register (programme editing): the coordinator only.
        ["/programmes/import"] = _ => Only("/programmes/import", Roles.Coordinator),
        ["/programmes/{id:guid}/directions/edit/{directionId:guid?}"] = i => Only($"/programmes/{i.Programme}/directions/edit/{i.Direction}", Roles.Coordinator),
        ["/programmes/{id:guid}/directions/{directionId:guid}/measures/new"] = i => Only($"/programmes/{i.Programme}/directions/{i.Direction}/measures/new", Roles.Coordinator),
        ["/programmes/{id:guid}/measures/{measureId:guid}/edit"] = i => Only($"/programmes/{i.Programme}/measures/{i.Measure}/edit", Roles.Coordinator),
        ["/programmes/{id:guid}/measures/{measureId:guid}/advice/{kind}/dismiss"] = i => Only($"/programmes/{i.Programme}/measures/{i.Measure}/advice/NotMeasurable/dismiss", Roles.Coordinator),
        ["/programmes/{id:guid}/publication"] = i => Only($"/programmes/{i.Programme}/publication", Roles.Coordinator),
        // Readers' messages about inaccuracies: the coordinator's moderation queue.
        ["/moderation"] = _ => Only("/moderation", Roles.Coordinator),

        // Reporting setup (the department): rule and calendar, group members, lead executor, indicators.
        ["/programmes/{id:guid}/reporting"] = i => Only($"/programmes/{i.Programme}/reporting", Roles.Coordinator),
        ["/units/{id:guid}/members"] = i => Only($"/units/{i.ExecutorUnit}/members", Roles.Coordinator),
        ["/programmes/{id:guid}/measures/{measureId:guid}/lead"] = i => Only($"/programmes/{i.Programme}/measures/{i.Measure}/lead", Roles.Coordinator),
        ["/programmes/{id:guid}/measures/{measureId:guid}/indicators"] = i => Only($"/programmes/{i.Programme}/measures/{i.Measure}/indicators", Roles.Coordinator),
        // The department's review of reports: the coordinator only. A report id that is no report is not found.
        ["/programmes/{id:guid}/periods"] = i => Only($"/programmes/{i.Programme}/periods", Roles.Coordinator),
        ["/programmes/{id:guid}/periods/{key}"] = i => Only($"/programmes/{i.Programme}/periods/2020Q1", Roles.Coordinator),
        ["/programmes/{id:guid}/periods/{key}/measures/{measureId:guid}"] = i => Only($"/programmes/{i.Programme}/periods/2020Q1/measures/{i.Measure}", Roles.Coordinator),
        ["/reports/{reportId:guid}/review"] = i => Only($"/reports/{i.Programme}/review", Roles.Coordinator) with { Coordinator = R.NotFound },
        // The head's view, the consolidated reports for the mayor, history import.
        ["/programmes/{id:guid}/overview"] = i => Only($"/programmes/{i.Programme}/overview", Roles.Coordinator, Roles.Head),
        ["/programmes/{id:guid}/reports/{period}.{format}"] = i => Only($"/programmes/{i.Programme}/reports/2020Q1.xlsx", Roles.Coordinator, Roles.Head),
        ["/programmes/{id:guid}/history"] = i => Only($"/programmes/{i.Programme}/history", Roles.Coordinator),

        // The department's registers: executors (their units' entries), the department, the head and auditors read;
        // entries are written by executors and the coordinator; the factor catalogue is the coordinator's.
        ["/registers"] = _ => Only("/registers", Roles.Executor, Roles.Coordinator, Roles.Head, Roles.Auditor),
        ["/registers/appointments"] = _ => Only("/registers/appointments", Roles.Executor, Roles.Coordinator, Roles.Head, Roles.Auditor),
        ["/registers/conflicts"] = _ => Only("/registers/conflicts", Roles.Executor, Roles.Coordinator, Roles.Head, Roles.Auditor),
        ["/registers/draft-acts"] = _ => Only("/registers/draft-acts", Roles.Executor, Roles.Coordinator, Roles.Head, Roles.Auditor),
        ["/registers/appointments/edit/{id:guid?}"] = _ => Only("/registers/appointments/edit", Roles.Executor, Roles.Coordinator),
        ["/registers/conflicts/edit/{id:guid?}"] = _ => Only("/registers/conflicts/edit", Roles.Executor, Roles.Coordinator),
        ["/registers/draft-acts/edit/{id:guid?}"] = _ => Only("/registers/draft-acts/edit", Roles.Executor, Roles.Coordinator),
        ["/registers/factors"] = _ => Only("/registers/factors", Roles.Coordinator),
        ["/registers/declarations"] = _ => Only("/registers/declarations", Roles.Executor, Roles.Coordinator, Roles.Head, Roles.Auditor),
        ["/registers/liable-persons"] = _ => Only("/registers/liable-persons", Roles.Executor, Roles.Coordinator, Roles.Head, Roles.Auditor),
        ["/registers/trainings"] = _ => Only("/registers/trainings", Roles.Executor, Roles.Coordinator, Roles.Head, Roles.Auditor),
        ["/registers/trainings/consultations"] = _ => Only("/registers/trainings/consultations", Roles.Executor, Roles.Coordinator, Roles.Head, Roles.Auditor),
        ["/registers/trainings/coverage"] = _ => Only("/registers/trainings/coverage", Roles.Executor, Roles.Coordinator, Roles.Head, Roles.Auditor),
        ["/registers/declarations/edit/{id:guid?}"] = _ => Only("/registers/declarations/edit", Roles.Executor, Roles.Coordinator),
        ["/registers/liable-persons/edit/{id:guid?}"] = _ => Only("/registers/liable-persons/edit", Roles.Executor, Roles.Coordinator),
        ["/registers/trainings/consultations/edit/{id:guid?}"] = _ => Only("/registers/trainings/consultations/edit", Roles.Executor, Roles.Coordinator),
        ["/registers/trainings/edit/{id:guid?}"] = _ => Only("/registers/trainings/edit", Roles.Coordinator),
        ["/registers/{register}/import"] = _ => Only("/registers/appointments/import", Roles.Coordinator),

        // Audit trail.
        ["/audit"] = _ => Only("/audit", Roles.Auditor, Roles.Head),
        ["/audit/entity/{type}/{id}"] = i => Only($"/audit/entity/Programme/{i.Programme}", Roles.Auditor, Roles.Head),
        ["/audit/publish"] = _ => Only("/audit/publish", Roles.Auditor, Roles.Head),
        ["/audit/checkpoints"] = _ => Public("/audit/checkpoints"),
        ["/api/v1/audit/checkpoints"] = _ => Public("/api/v1/audit/checkpoints"),
        ["/api/v1/audit/public-key"] = _ => Public("/api/v1/audit/public-key"),
        ["/api/v1/organizations"] = _ => Public("/api/v1/organizations"),
        ["/api/v1/organizations/{organization}/passport"] = _ => Public($"/api/v1/organizations/{AntiCor.Core.Seed.SeedProgramme.OrganizationSlug}/passport"),
        ["/api/v1/programmes"] = _ => Public("/api/v1/programmes"),
        ["/api/v1/programmes/{id:guid}"] = i => Public($"/api/v1/programmes/{i.Programme}"),
        ["/api/v1/programmes/{id:guid}/reports"] = i => Public($"/api/v1/programmes/{i.Programme}/reports"),
        ["/api/v1/units"] = _ => Public("/api/v1/units"),
        ["/api/v1/evidence/{reportId:guid}/{evidenceId:guid}"] = _ => All($"/api/v1/evidence/{Guid.NewGuid()}/{Guid.NewGuid()}", R.NotFound),
        ["/openapi/{documentName}.json"] = _ => Public("/openapi/v1.json"),
        ["/open-data/api"] = _ => Public("/open-data/api"),
        ["/o/{slug}/open-data"] = _ => Public($"{Org}/open-data"),
        // The uk/en switch: anyone may choose the interface's language; it sets a cookie and goes back.
        ["/language/{code}"] = _ => All("/language/en?returnUrl=%2F", R.Redirect),
        // Probes for the machine and its load balancer: anyone may ask (nginx keeps them to loopback).
        ["/health/live"] = _ => Public("/health/live"),
        ["/health/ready"] = _ => Public("/health/ready"),
    };

    [Fact]
    public async Task Every_mapped_endpoint_answers_each_role_as_the_table_says()
    {
        var mapped = MappedRoutes();
        var missing = mapped.Where(r => !Table.ContainsKey(r)).ToList();
        Assert.True(missing.Count == 0, "Endpoints without a row in AuthorizationTableTests.Table: " + string.Join(", ", missing));

        var executorUnit = await factory.UnitIdAsync("Відділ кадрової роботи");
        var clients = new List<(string? Role, HttpClient Client)> { (null, factory.NewClient()) };
        foreach (var role in Roles.All.Append(Roles.DeploymentAdministrator))
        {
            var user = await factory.CreateAsync(role, role == Roles.Executor ? [executorUnit] : null);
            clients.Add((role, await factory.SignedInClientAsync(user)));
        }

        var ids = await IdsAsync();

        var wrong = new List<string>();
        foreach (var route in mapped)
        {
            var row = Table[route](ids);
            foreach (var (role, client) in clients)
            {
                var actual = await OutcomeAsync(client, row.Url);
                if (actual != row.For(role))
                {
                    wrong.Add($"{route} ({row.Url}) as {role ?? "anonymous"}: expected {row.For(role)}, got {actual}");
                }
            }
        }

        Assert.True(wrong.Count == 0, string.Join(Environment.NewLine, wrong));

        // The same table holds for POST, where the form handlers are: who may not GET a protected
        // page may not POST to it either (refused before any handler or antiforgery check runs),
        // and who may, is not refused by authorization.
        var posts = new List<string>();
        foreach (var route in mapped)
        {
            var row = Table[route](ids);
            // Public pages, and the sign-in steps that send everyone back to the first step, guard nothing by role.
            var guarded = Roles.All.Any(r => row.For(r) == R.Forbidden) || (row.Anonymous == R.Login && row.For(Roles.Executor) != R.Login);
            if (!guarded)
            {
                continue;
            }

            foreach (var (role, client) in clients)
            {
                using var response = await client.PostAsync(row.Url, new FormUrlEncodedContent([]));
                var denied = response.StatusCode == HttpStatusCode.Forbidden
                    || (response.StatusCode == HttpStatusCode.Redirect && response.Headers.Location is { } to
                        && new Uri(new Uri("http://localhost"), to).AbsolutePath == "/account/login");
                var expectDenied = row.For(role) is R.Forbidden or R.Login;
                if (denied != expectDenied)
                {
                    posts.Add($"POST {route} ({row.Url}) as {role ?? "anonymous"}: expected {(expectDenied ? "refused" : "let through")}, got {(int)response.StatusCode}");
                }
            }
        }

        Assert.True(posts.Count == 0, string.Join(Environment.NewLine, posts));
    }

    [Fact]
    public void Separation_of_duties_the_administrator_is_in_no_report_policy_and_only_administrators_administer()
    {
        var table = web::AntiCor.Web.Infrastructure.Policies.Table;
        Assert.DoesNotContain(Roles.Administrator, table[web::AntiCor.Web.Infrastructure.Policies.ProgrammeEditing]);
        Assert.DoesNotContain(Roles.Administrator, table[web::AntiCor.Web.Infrastructure.Policies.AuditTrail]);
        Assert.Equal([Roles.Administrator], table[web::AntiCor.Web.Infrastructure.Policies.Administration]);
        Assert.Equal([Roles.Executor], table[web::AntiCor.Web.Infrastructure.Policies.OwnObligations]);
    }

    private List<string> MappedRoutes() =>
        [.. factory.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => !e.Metadata.Any(m => m.GetType().Name.Contains("StaticAsset", StringComparison.Ordinal)))
            .Select(e => "/" + (e.RoutePattern.RawText ?? "").TrimStart('/'))
            .Distinct().Order(StringComparer.Ordinal)];

    private static async Task<R> OutcomeAsync(HttpClient client, string url)
    {
        using var response = await client.GetAsync(url);
        return response.StatusCode switch
        {
            HttpStatusCode.OK => R.Ok,
            // A node that is not ready says so itself (JSON, 503): an answer, not a refusal. Whether
            // this shared test database counts as ready is the health tests' business, not this table's.
            HttpStatusCode.ServiceUnavailable when url.StartsWith("/health/", StringComparison.Ordinal)
                && response.Content.Headers.ContentType?.MediaType == "application/json" => R.Ok,
            HttpStatusCode.Forbidden => R.Forbidden,
            HttpStatusCode.NotFound => R.NotFound,
            HttpStatusCode.Redirect or HttpStatusCode.Found when new Uri(new Uri("http://localhost"), response.Headers.Location!).AbsolutePath == "/account/login" => R.Login,
            HttpStatusCode.Redirect or HttpStatusCode.Found or HttpStatusCode.MovedPermanently => R.Redirect,
            var other => throw new Xunit.Sdk.XunitException($"{url}: unexpected {(int)other} {response.Headers.Location}"),
        };
    }

    private async Task<Ids> IdsAsync()
    {
        var unit = await factory.UnitIdAsync("Відділ кадрової роботи");
        return await factory.QueryAsync(async db =>
        {
            var programme = await db.Programmes.Select(p => p.Id).FirstAsync();
            var direction = await db.Directions.Where(d => d.ProgrammeId == programme).Select(d => d.Id).FirstAsync();
            var measure = await db.Measures.Where(m => m.DirectionId == direction).Select(m => m.Id).FirstAsync();
            var other = await db.OrgUnits.Where(u => u.Id != unit).Select(u => u.Id).FirstAsync();
            // A user of the organisation: administrators see only their own organisation's users.
            var someUser = await db.Memberships.Where(m => m.Role == Roles.Executor).Select(m => m.UserId).FirstAsync();
            // An obligation of the executor's unit: their report form.
            var obligation = await db.Obligations.Where(o => o.OrgUnitId == unit && o.WithdrawnAtUtc == null && !o.IsExternal).Select(o => o.Id).FirstAsync();
            return new Ids(programme, direction, measure, unit, other, someUser, obligation);
        });
    }
}
