using System.Net;
using AntiCor.Core.Reporting;
using AntiCor.Core.Security;
using AntiCor.Web.Tests.Support;
using AntiCor.Web.Tests.Support.Accounts;
using Microsoft.EntityFrameworkCore;

namespace AntiCor.Web.Tests.Features.Portal;

/// <summary>What the public measure card shows of reports: only accepted reports the coordinator published, only the evidence chosen, no person's name.</summary>
[Collection(PortalCollection.Name)]
public sealed class PublishedReportTests(PortalApp fixture)
{
    private const string Org = PortalApp.Org;

    private Task<int> VersionAsync(Guid reportId) => fixture.App.QueryAsync(db => db.Reports.Where(r => r.Id == reportId).Select(r => r.Version).SingleAsync());

    [Fact]
    public async Task An_accepted_report_appears_on_the_public_card_only_once_published_with_only_the_chosen_evidence_and_no_names()
    {
        var programme = await fixture.ProgrammeIdAsync();
        var obligation = await fixture.LeadObligationAsync(0);
        var author = await fixture.App.CreateAsync(Roles.Executor, [obligation.OrgUnitId], email: TestUsers.NewEmail("avtor"));
        var authorName = await fixture.App.QueryAsync(db => db.Users.Where(u => u.Id == author.Id).Select(u => u.DisplayName).SingleAsync());
        var reportId = await fixture.AcceptedReportAsync(obligation.Id, author.Id, "Проведено навчання з доброчесності для сорока посадовців");
        var card = $"{Org}/programmes/{programme}/measures/{obligation.MeasureId}";
        var anonymous = fixture.App.NewClient();

        var before = await HtmlPage.GetAsync(anonymous, card);
        Assert.Equal(HttpStatusCode.OK, before.Status);
        Assert.DoesNotContain("доброчесності для сорока", before.Html);
        Assert.NotNull(before.Document.QuerySelector("[data-no-reports]"));

        var coordinator = await fixture.CoordinatorAsync();
        var review = await HtmlPage.GetAsync(coordinator, $"/reports/{reportId}/review");
        Assert.Equal("internal", review.Single("[data-report-publication]").GetAttribute("data-report-publication"));
        var evidence = await fixture.App.QueryAsync(db => db.ReportEvidence.Where(e => e.ReportId == reportId).ToListAsync());
        var file = evidence.Single(e => e.IsFile);
        var link = evidence.Single(e => !e.IsFile);
        var response = await coordinator.PostFormAsync($"/reports/{reportId}/review?handler=Publish",
            new() { ["Version"] = (await VersionAsync(reportId)).ToString(System.Globalization.CultureInfo.InvariantCulture), ["PublicEvidence"] = file.Id.ToString() });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);

        var after = await HtmlPage.GetAsync(anonymous, card);
        var report = after.Single($"[data-published-report='{reportId}']");
        Assert.Contains("Проведено навчання з доброчесності для сорока посадовців", report.TextContent);
        Assert.Equal("Done", after.Single("[data-measure-card] dl [data-status]").GetAttribute("data-status"));
        Assert.Equal("20.03.2020", HtmlPage.Text(after.Single("[data-completed-on]")));
        Assert.NotNull(after.Document.QuerySelector("[data-period='2020Q1']"));
        Assert.DoesNotContain(authorName, after.Html);
        Assert.DoesNotContain("Внутрішній коментар департаменту", after.Html);
        Assert.DoesNotContain("nakaz-5", after.Html);
        var download = after.Single("[data-public-file]").GetAttribute("href")!;
        Assert.Equal($"{Org}/evidence/{reportId}/{file.Id}", download);
        var bytes = await anonymous.GetAsync(download);
        Assert.Equal(HttpStatusCode.OK, bytes.StatusCode);
        Assert.Equal("application/pdf", bytes.Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync($"{Org}/evidence/{reportId}/{link.Id}")).StatusCode);

        // The programme page counts the measure as done, and the status filter finds it.
        var page = await HtmlPage.GetAsync(anonymous, $"{Org}/programmes/{programme}?status=Done");
        Assert.Equal([obligation.MeasureId.ToString()], page.All("[data-measure] [data-measure-card]").Select(a => a.GetAttribute("href")!.Split('/')[^1]));
        Assert.NotNull(page.Document.QuerySelector("[data-status-chart] rect[data-status='Done']"));
        Assert.StartsWith("1 з ", HtmlPage.Text(page.Single("[data-programme-progress] [data-done]")));

        // Withdrawn again: gone from the card and its file with it.
        response = await coordinator.PostFormAsync($"/reports/{reportId}/review?handler=Unpublish",
            new() { ["Version"] = (await VersionAsync(reportId)).ToString(System.Globalization.CultureInfo.InvariantCulture) });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.DoesNotContain("доброчесності для сорока", (await HtmlPage.GetAsync(anonymous, card)).Html);
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync(download)).StatusCode);
    }

    [Fact]
    public async Task The_organisations_page_counts_a_report_published_after_the_page_was_last_read()
    {
        // The page keeps each organisation's figures in memory: a publication must move them at once.
        var obligation = await fixture.LeadObligationAsync(2);
        var reportId = await fixture.AcceptedReportAsync(obligation.Id, Guid.NewGuid(), "Оновлено перелік посад з підвищеним корупційним ризиком");
        var anonymous = fixture.App.NewClient();
        async Task<int> DonePercentAsync()
        {
            var page = await HtmlPage.GetAsync(anonymous, "/organizations/progress");
            var cell = page.Single($"[data-organization='{AntiCor.Core.Seed.SeedProgramme.OrganizationSlug}'] [data-done-or-partly]");
            return int.TryParse(cell.GetAttribute("data-done-or-partly"), System.Globalization.CultureInfo.InvariantCulture, out var percent) ? percent : 0;
        }

        var before = await DonePercentAsync();
        Assert.Equal(before, await DonePercentAsync());
        var coordinator = await fixture.CoordinatorAsync();
        var response = await coordinator.PostFormAsync($"/reports/{reportId}/review?handler=Publish",
            new() { ["Version"] = (await VersionAsync(reportId)).ToString(System.Globalization.CultureInfo.InvariantCulture) });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);

        Assert.True(await DonePercentAsync() > before, "the published report's measure is counted as done");
    }

    [Fact]
    public async Task A_report_not_yet_accepted_cannot_be_published_and_nothing_changes()
    {
        var obligation = await fixture.LeadObligationAsync(3);
        Guid reportId = Guid.Empty;
        await fixture.WithDbAsync(async (db, _) =>
        {
            var o = await db.Obligations.SingleAsync(x => x.Id == obligation.Id);
            var period = await db.ReportingPeriods.SingleAsync(p => p.Id == o.PeriodId);
            var draft = o.OpenDraft([], period, Guid.NewGuid(), PortalApp.Now.UtcDateTime);
            db.Reports.Add(draft);
            draft.Edit(new ReportContent(MessageType.Progress, MeasureStatus.InProgress, "Розпочато", null, null), null);
            o.Submit(draft, [], period, Guid.NewGuid(), PortalApp.Now.UtcDateTime);
            await db.SaveChangesAsync();
            reportId = draft.Id;
        });
        var coordinator = await fixture.CoordinatorAsync();

        var response = await coordinator.PostFormAsync($"/reports/{reportId}/review?handler=Publish",
            new() { ["Version"] = (await VersionAsync(reportId)).ToString(System.Globalization.CultureInfo.InvariantCulture) });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Оприлюднити можна лише прийнятий звіт.", await response.Content.ReadAsStringAsync());
        Assert.Null(await fixture.App.QueryAsync(db => db.Reports.Where(r => r.Id == reportId).Select(r => r.PublishedAtUtc).SingleAsync()));
    }

    [Fact]
    public async Task The_executor_page_shows_its_measures_with_links_to_their_cards_and_its_on_time_record()
    {
        var obligation = await fixture.LeadObligationAsync(4);
        var anonymous = fixture.App.NewClient();

        var page = await HtmlPage.GetAsync(anonymous, $"{Org}/units/{obligation.OrgUnitId}");

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Contains(page.All("[data-measure-card]"), a => a.GetAttribute("href")!.EndsWith($"/measures/{obligation.MeasureId}", StringComparison.Ordinal));
        var record = page.Single("[data-on-time]");
        var due = int.Parse(record.GetAttribute("data-due")!, System.Globalization.CultureInfo.InvariantCulture);
        Assert.True(due > 0, "the first quarter's reports were due on 25 April");
        var onTime = int.Parse(record.GetAttribute("data-on-time")!, System.Globalization.CultureInfo.InvariantCulture);
        Assert.InRange(onTime, 0, due);
        Assert.Contains($"з {due} звітів", record.TextContent);
    }

    [Fact]
    public async Task Search_finds_published_measures_and_published_reports_with_the_words_highlighted()
    {
        var programme = await fixture.ProgrammeIdAsync();
        var obligation = await fixture.LeadObligationAsync(1);
        var reportId = await fixture.AcceptedReportAsync(obligation.Id, Guid.NewGuid(), "Затверджено положення про викривачів у комунальних підприємствах", MeasureStatus.InProgress);
        var anonymous = fixture.App.NewClient();

        var hidden = await HtmlPage.GetAsync(anonymous, $"{Org}/search?q=викривач");
        Assert.Empty(hidden.All("[data-hit][data-in-report='true']"));

        var coordinator = await fixture.CoordinatorAsync();
        await coordinator.PostFormAsync($"/reports/{reportId}/review?handler=Publish",
            new() { ["Version"] = (await VersionAsync(reportId)).ToString(System.Globalization.CultureInfo.InvariantCulture) });
        var found = await HtmlPage.GetAsync(anonymous, $"{Org}/search?q=викривач");
        var hit = found.Single("[data-hit][data-in-report='true']");
        Assert.Equal(obligation.MeasureId.ToString(), hit.GetAttribute("data-hit"));
        Assert.Equal("викривачів", hit.QuerySelector("mark")!.TextContent);
        Assert.Equal($"{Org}/programmes/{programme}/measures/{obligation.MeasureId}", hit.QuerySelector("a")!.GetAttribute("href"));

        // A word of a measure's own text, by its beginning, in any case.
        var word = await fixture.App.QueryAsync(db => db.Measures.Where(m => m.Id == obligation.MeasureId).Select(m => m.Text).SingleAsync());
        var longest = word.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(w => w.Trim(',', '.', ';', ':', '«', '»', '(', ')')).Where(w => w.All(c => c is >= 'а' and <= 'я' or 'і' or 'ї' or 'є' or 'ґ')).MaxBy(w => w.Length)!;
        var measureHits = await HtmlPage.GetAsync(anonymous, $"{Org}/search?q={Uri.EscapeDataString(longest[..^1])}");
        Assert.Contains(measureHits.All("[data-hit][data-in-report='false']"), h => h.GetAttribute("data-hit") == obligation.MeasureId.ToString());
        Assert.Contains(measureHits.All("[data-in-report='false'] mark"), m => m.TextContent.StartsWith(longest[..^1], StringComparison.Ordinal));

        // Bad input: a query too long, or without a word, is answered in words and searches nothing.
        var tooLong = await HtmlPage.GetAsync(anonymous, $"{Org}/search?q={new string('а', 201)}");
        Assert.Contains("Запит задовгий", HtmlPage.Text(tooLong.Single("[data-search-problem]")));
        var noWords = await HtmlPage.GetAsync(anonymous, $"{Org}/search?q=%22*%20-");
        Assert.Contains("Введіть принаймні одне слово", HtmlPage.Text(noWords.Single("[data-search-problem]")));
        Assert.Empty(noWords.All("[data-hit]"));
    }

    [Fact]
    public async Task The_organisations_page_lists_the_city_with_its_published_measures_and_links_into_it()
    {
        var anonymous = fixture.App.NewClient();
        var measures = await fixture.App.QueryAsync(db => db.Measures.CountAsync());

        var page = await HtmlPage.GetAsync(anonymous, "/organizations/progress?sort=progress&desc=true");

        Assert.Equal(HttpStatusCode.OK, page.Status);
        var row = page.Single($"[data-organization='{AntiCor.Core.Seed.SeedProgramme.OrganizationSlug}']");
        Assert.Equal(measures.ToString(System.Globalization.CultureInfo.InvariantCulture), HtmlPage.Text(row.QuerySelector("[data-measures]")!));
        Assert.Equal(Org, row.QuerySelector("a")!.GetAttribute("href"));
        Assert.Equal("descending", page.Single("th[aria-sort]").GetAttribute("aria-sort"));
        Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync("/organizations/progress?sort=nonsense&page=999")).StatusCode);
    }
}
