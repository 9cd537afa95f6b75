extern alias web;

using System.Net;
using AntiCor.Core.Audit;
using AntiCor.Core.Data;
using AntiCor.Core.Domain;
using AntiCor.Core.Security;
using AntiCor.Web.Tests.Audit;
using AntiCor.Web.Tests.Support;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace AntiCor.Web.Tests.Features.Audit;

/// <summary>The auditor's pages through HTTP, with the user swapped in by role (<see cref="RoleSignIn"/>).</summary>
[Collection(AppCollection.Name)]
public sealed class AuditPagesTests(AntiCorFactory factory) : IAsyncLifetime
{
    private WebApplicationFactory<web::Program> _app = null!;

    public Task InitializeAsync()
    {
        _app = factory.WithRoleSignIn();
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Theory]
    [InlineData(Roles.Auditor)]
    [InlineData(Roles.Head)]
    public async Task Auditor_and_head_see_the_trail_newest_first(string role)
    {
        var newest = await factory.QueryAsync(db => db.AuditEntries
            .Where(a => db.Organizations.Any(o => o.Id == a.ChainId && o.Slug == AntiCor.Core.Seed.SeedProgramme.OrganizationSlug)).MaxAsync(a => a.Sequence));

        var page = await HtmlPage.GetAsync(_app.ClientAs(role), "/audit");

        Assert.Equal(HttpStatusCode.OK, page.Status);
        var sequences = page.All("tr[data-sequence]").Select(r => long.Parse(r.GetAttribute("data-sequence")!, System.Globalization.CultureInfo.InvariantCulture)).ToList();
        Assert.NotEmpty(sequences);
        Assert.True(newest - sequences[0] < 5);
        Assert.Equal(sequences.OrderDescending(), sequences);
        Assert.NotNull(page.Document.QuerySelector("a[data-older]"));
    }

    [Theory]
    [InlineData(Roles.Executor)]
    [InlineData(Roles.Coordinator)]
    [InlineData(Roles.Administrator)]
    public async Task Other_roles_are_refused_the_trail(string role)
    {
        using var response = await _app.ClientAs(role).GetAsync("/audit");

        Assert.True(response.StatusCode is HttpStatusCode.Forbidden || response.Headers.Location?.ToString().Contains("denied", StringComparison.OrdinalIgnoreCase) == true,
            $"{role} got {(int)response.StatusCode} {response.Headers.Location}");
    }

    [Fact]
    public async Task Filters_in_the_query_keep_only_matching_rows_and_the_next_page_keeps_them()
    {
        var page = await HtmlPage.GetAsync(_app.ClientAs(Roles.Auditor), "/audit?type=Measure&action=created");

        var rows = page.All("tr[data-sequence]");
        Assert.NotEmpty(rows);
        Assert.All(rows, r => Assert.Equal("created", r.GetAttribute("data-action")));
        Assert.All(rows, r => Assert.Equal(nameof(Measure), r.QuerySelector("[data-entity-type]")!.GetAttribute("data-entity-type")));
        Assert.All(rows, r => Assert.Equal("Захід", HtmlPage.Text(r.QuerySelector("[data-entity-type]")!)));
        var all = await HtmlPage.GetAsync(_app.ClientAs(Roles.Auditor), "/audit?action=created&actor=" + Uri.EscapeDataString(HtmlPage.Text(rows[0].QuerySelector("[data-actor]")!)));
        var older = all.Single("a[data-older]").GetAttribute("href")!;
        Assert.Contains("action=created", older);
        Assert.Contains("actor=", older);
        Assert.Contains("p=2", older);
        var second = await HtmlPage.GetAsync(_app.ClientAs(Roles.Auditor), older);
        Assert.All(second.All("tr[data-sequence]"), r => Assert.Equal("created", r.GetAttribute("data-action")));
        Assert.NotNull(second.Document.QuerySelector("a[data-newer]"));
    }

    [Fact]
    public async Task Bad_date_is_shown_next_to_the_filter_with_the_input_kept()
    {
        var page = await HtmlPage.GetAsync(_app.ClientAs(Roles.Auditor), "/audit?from=2026-13-45");

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Equal("2026-13-45", page.Single("input[name=from]").GetAttribute("value"));
        Assert.Contains("дд.мм.рррр", HtmlPage.Text(page.Single("[data-filter-errors]")));
        Assert.Empty(page.All("tr[data-sequence]"));
    }

    [Fact]
    public async Task Entity_history_shows_changed_fields_as_text_never_as_markup()
    {
        var id = Guid.NewGuid().ToString();
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            var city = await db.Organizations.Where(o => o.Slug == AntiCor.Core.Seed.SeedProgramme.OrganizationSlug).Select(o => o.Id).SingleAsync();
            db.RecordAudit(new AuditEvent(AuditActions.Updated, "Probe", id, """{"Title":{"from":"<b>було</b>","to":"<script>alert(1)</script>"}}""") { OrganizationId = city });
            await db.SaveChangesAsync();
        }

        using var response = await _app.ClientAs(Roles.Auditor).GetAsync($"/audit/entity/Probe/{id}");
        var html = await response.Content.ReadAsStringAsync();
        var page = await HtmlPage.GetAsync(_app.ClientAs(Roles.Auditor), $"/audit/entity/Probe/{id}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var field = Assert.Single(page.All("[data-field='Title']"));
        Assert.Equal("<b>було</b>", HtmlPage.Text(field.QuerySelector(".audit-changes__before")!));
        Assert.Equal("<script>alert(1)</script>", HtmlPage.Text(field.QuerySelector(".audit-changes__after")!));
        Assert.Empty(page.All("main script"));
        Assert.Empty(page.All("main b"));
        Assert.DoesNotContain("<script>alert", html);
    }

    [Fact]
    public async Task A_change_reads_field_by_field_in_Ukrainian_with_long_values_collapsed_and_no_identifiers()
    {
        var id = Guid.NewGuid().ToString();
        var longText = string.Join(" ", Enumerable.Repeat("Забезпечити оприлюднення інформації про виконання заходів на офіційному сайті.", 4));
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            var city = await db.Organizations.Where(o => o.Slug == AntiCor.Core.Seed.SeedProgramme.OrganizationSlug).Select(o => o.Id).SingleAsync();
            db.RecordAudit(new AuditEvent(AuditActions.Updated, nameof(Measure), id, $$$"""
                {"Text":{"from":"Коротко.","to":"{{{longText}}}"},"Term.Kind":{"from":"Period","to":"Continuous"},
                 "NeedsReview":{"from":"True","to":"False"},"Term.From":{"to":"2026-01-15"},"FutureField":{"to":"x"}}
                """) { OrganizationId = city });
            await db.SaveChangesAsync();
        }

        var page = await HtmlPage.GetAsync(_app.ClientAs(Roles.Auditor), $"/audit/entity/Measure/{id}");

        string Label(string field) => HtmlPage.Text(page.Single($"[data-field='{field}'] dt"));
        string After(string field) => HtmlPage.Text(page.Single($"[data-field='{field}'] .audit-changes__after"));
        Assert.Equal("Захід", HtmlPage.Text(page.Single("dd[data-entity-type]")));
        Assert.Equal(("Текст заходу", "Вид строку", "Потребує перевірки", "Строк: з", "інше поле"),
            (Label("Text"), Label("Term.Kind"), Label("NeedsReview"), Label("Term.From"), Label("FutureField")));
        Assert.Equal(("період", "постійно"), (HtmlPage.Text(page.Single("[data-field='Term.Kind'] .audit-changes__before")), After("Term.Kind")));
        Assert.Equal(("так", "ні"), (HtmlPage.Text(page.Single("[data-field='NeedsReview'] .audit-changes__before")), After("NeedsReview")));
        Assert.Equal("15.01.2026", After("Term.From"));
        var collapsed = page.Single("[data-field='Text'] .audit-changes__after details");
        Assert.EndsWith("…", HtmlPage.Text(collapsed.QuerySelector("summary")!));
        Assert.Contains(longText, collapsed.TextContent);
        Assert.Null(page.Document.QuerySelector("[data-field='Text'] .audit-changes__before details"));
    }

    [Theory]
    [InlineData("ProgrammeEdition")]
    [InlineData("Programme")]
    [InlineData("Measure")]
    [InlineData("AppUser")]
    public async Task The_trail_shows_no_raw_JSON_and_no_code_names_in_its_labels(string type)
    {
        var page = await HtmlPage.GetAsync(_app.ClientAs(Roles.Auditor), $"/audit?type={type}");

        var labels = page.All(".audit-changes dt").Concat(page.All("tr [data-entity-type]")).Select(HtmlPage.Text).ToList();
        Assert.NotEmpty(page.All("tr[data-sequence]"));
        Assert.NotEmpty(labels);
        Assert.All(labels, l => Assert.DoesNotMatch("[A-Za-z]", l));
        Assert.DoesNotContain("{\"", HtmlPage.Text(page.Single("table.audit-rows")));
        Assert.DoesNotContain("[\"", HtmlPage.Text(page.Single("table.audit-rows")));
    }

    [Fact]
    public async Task Verify_button_reports_the_chain_intact_with_the_count_verified()
    {
        var client = _app.ClientAs(Roles.Head);
        var form = await HtmlPage.GetAsync(client, "/audit");
        var token = form.Single("form[data-verify-form] input[name=__RequestVerificationToken]").GetAttribute("value")!;
        var action = form.Single("form[data-verify-form]").GetAttribute("action")!;

        using var response = await client.PostAsync(action, new FormUrlEncodedContent([new("__RequestVerificationToken", token)]));
        var page = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());
        var count = await factory.QueryAsync(db => db.AuditEntries.LongCountAsync());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var result = page.QuerySelector("[data-verify]")!;
        Assert.True(result.GetAttribute("data-verify") == "intact", result.TextContent);
        Assert.True(long.Parse(result.GetAttribute("data-verified")!, System.Globalization.CultureInfo.InvariantCulture) <= count);
    }

    [Fact]
    public async Task Auditor_publishes_a_checkpoint_now_and_the_public_list_shows_it()
    {
        var client = _app.ClientAs(Roles.Auditor);
        var form = await HtmlPage.GetAsync(client, "/audit/publish");
        var token = form.Single("form input[name=__RequestVerificationToken]").GetAttribute("value")!;

        using var response = await client.PostAsync("/audit/publish", new FormUrlEncodedContent([new("__RequestVerificationToken", token)]));
        var chain = await factory.QueryAsync(db => db.Organizations.Where(o => o.Slug == AntiCor.Core.Seed.SeedProgramme.OrganizationSlug).Select(o => o.Id).SingleAsync());
        var head = await factory.QueryAsync(db => db.AuditEntries.Where(a => a.ChainId == chain).OrderByDescending(a => a.Sequence).Select(a => a.Sequence).FirstAsync());
        var list = await HtmlPage.GetAsync(factory.CreateClient(), "/audit/checkpoints");
        var listAsCoordinator = await HtmlPage.GetAsync(client, "/audit/checkpoints");

        Assert.Equal(HttpStatusCode.OK, form.Status);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotNull(list.Document.QuerySelector($"tr[data-count='{head}']"));
        Assert.Null(list.Document.QuerySelector("a[data-publish-link]"));
        Assert.Equal("/audit/publish", listAsCoordinator.Single("a[data-publish-link]").GetAttribute("href"));
    }
}
