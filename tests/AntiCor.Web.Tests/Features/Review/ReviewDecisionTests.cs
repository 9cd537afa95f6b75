using System.Net;
using AntiCor.Core.Domain;
using AntiCor.Core.Reporting;
using AntiCor.Core.Security;
using AntiCor.Web.Tests.Support;
using AntiCor.Web.Tests.Support.Accounts;
using Microsoft.EntityFrameworkCore;

namespace AntiCor.Web.Tests.Features.Review;

/// <summary>Accepting and returning a report over HTTP, the letters to the unit's executors, and every refusal.</summary>
[Collection(ReviewCollection.Name)]
public sealed class ReviewDecisionTests(ReviewApp fixture)
{
    private Task<HttpClient> CoordinatorAsync() => fixture.CoordinatorAsync();

    private Task<Report> ReportAsync(Guid id) => fixture.App.QueryAsync(db => db.Reports.AsNoTracking().SingleAsync(r => r.Id == id));

    private Task<List<AntiCor.Core.Mail.OutboxMessage>> LettersToAsync(string email) =>
        fixture.App.QueryAsync(db => db.OutboxMessages.Where(m => m.To == email).ToListAsync());

    private Task<HttpResponseMessage> DecideAsync(HttpClient client, Guid reportId, string handler, string comment, int version) =>
        client.PostFormAsync($"/reports/{reportId}/review?handler={handler}", new() { ["Comment"] = comment, ["Version"] = version.ToString(System.Globalization.CultureInfo.InvariantCulture) });

    /// <summary>An obligation of the first quarter no other test uses, its unit's executor, and a user bound to the unit outside the organisation.</summary>
    private async Task<(Obligation Obligation, string Measure, TestUser Executor, TestUser Outsider)> PrepareAsync(int index)
    {
        var obligation = (await fixture.ObligationsAsync("2020Q1"))[index];
        var measure = await fixture.App.QueryAsync(db => db.Measures.Where(m => m.Id == obligation.MeasureId).Select(m => m.Number).SingleAsync());
        var executor = await fixture.App.CreateAsync(Roles.Executor, [obligation.OrgUnitId]);
        var outsider = await fixture.App.CreateAsync(null, [obligation.OrgUnitId]);
        return (obligation, measure, executor, outsider);
    }

    [Fact]
    public async Task Accepting_a_report_marks_it_accepted_and_writes_to_the_units_executors()
    {
        var (obligation, measure, executor, outsider) = await PrepareAsync(0);
        var reportId = await fixture.SubmitAsync(obligation.Id, text: "Проведено три семінари для посадовців");
        var client = await CoordinatorAsync();

        var page = await HtmlPage.GetAsync(client, $"/reports/{reportId}/review");
        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Contains("Проведено три семінари для посадовців", page.Single("[data-what-was-done]").TextContent);
        Assert.Contains("запізнення", page.Single("[data-submitted]").TextContent);
        var response = await DecideAsync(client, reportId, "Accept", "Дякуємо", (await ReportAsync(reportId)).Version);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var report = await ReportAsync(reportId);
        Assert.Equal((ReportState.Accepted, "Дякуємо"), (report.State, report.ReviewComment));
        Assert.Equal(ObligationState.Accepted, await fixture.App.QueryAsync(db => db.Obligations.Where(o => o.Id == obligation.Id).Select(o => o.State).SingleAsync()));
        var letter = Assert.Single(await LettersToAsync(executor.Email));
        Assert.Equal($"Звіт щодо заходу {measure} за I квартал 2020 року прийнято", letter.Subject);
        Assert.Contains($"щодо заходу {measure} за I квартал 2020 року: звіт прийнято", letter.TextBody);
        Assert.Contains("Коментар департаменту: Дякуємо", letter.TextBody);
        Assert.Contains($"/my/obligations/{obligation.Id}/report", letter.TextBody);
        Assert.Empty(await LettersToAsync(outsider.Email));
        Assert.NotNull((await HtmlPage.GetAsync(client, $"/reports/{reportId}/review")).Document.QuerySelector("[data-not-waiting]"));
    }

    [Fact]
    public async Task Returning_a_report_with_a_comment_tells_the_executors_what_to_fix_and_the_correction_is_a_new_version()
    {
        var (obligation, measure, executor, _) = await PrepareAsync(1);
        var reportId = await fixture.SubmitAsync(obligation.Id);
        var client = await CoordinatorAsync();

        var response = await DecideAsync(client, reportId, "Return", "Додайте посилання на наказ", (await ReportAsync(reportId)).Version);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var report = await ReportAsync(reportId);
        Assert.Equal((ReportState.Returned, "Додайте посилання на наказ"), (report.State, report.ReviewComment));
        var letter = Assert.Single(await LettersToAsync(executor.Email));
        Assert.Equal($"Звіт щодо заходу {measure} за I квартал 2020 року повернуто на доопрацювання", letter.Subject);
        Assert.Contains("Коментар департаменту: Додайте посилання на наказ", letter.TextBody);
        Assert.Contains("Виправте звіт і подайте його знову", letter.TextBody);

        var second = await fixture.SubmitAsync(obligation.Id, text: "Додано наказ № 5");
        var page = await HtmlPage.GetAsync(client, $"/reports/{second}/review");
        Assert.Equal(["2", "1"], page.All("tr[data-version]").Select(r => r.GetAttribute("data-version")));
        Assert.NotNull(page.Document.QuerySelector("form[data-review-decision]"));
    }

    [Fact]
    public async Task A_return_without_a_comment_is_refused_in_ukrainian_and_nothing_changes()
    {
        var (obligation, _, executor, _) = await PrepareAsync(2);
        var reportId = await fixture.SubmitAsync(obligation.Id);
        var client = await CoordinatorAsync();

        var response = await DecideAsync(client, reportId, "Return", "  ", (await ReportAsync(reportId)).Version);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Щоб повернути звіт, напишіть коментар", WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()));
        Assert.Equal(ReportState.Submitted, (await ReportAsync(reportId)).State);
        Assert.Empty(await LettersToAsync(executor.Email));
    }

    [Fact]
    public async Task A_draft_or_an_already_reviewed_report_cannot_be_reviewed()
    {
        var o = await fixture.ObligationsAsync("2020Q1");
        var draftId = await fixture.DraftAsync(o[3].Id);
        var reviewedId = await fixture.SubmitAsync(o[4].Id);
        await fixture.AcceptAsync(o[4].Id);
        var client = await CoordinatorAsync();

        var draftPage = await HtmlPage.GetAsync(client, $"/reports/{draftId}/review");
        var onDraft = await DecideAsync(client, draftId, "Accept", "", (await ReportAsync(draftId)).Version);
        var onReviewed = await DecideAsync(client, reviewedId, "Return", "Ще раз", (await ReportAsync(reviewedId)).Version);

        Assert.NotNull(draftPage.Document.QuerySelector("[data-draft]"));
        Assert.Null(draftPage.Document.QuerySelector("form[data-review-decision]"));
        Assert.Contains("Розглянути можна лише поданий звіт", WebUtility.HtmlDecode(await onDraft.Content.ReadAsStringAsync()));
        Assert.Contains("Розглянути можна лише поданий звіт", WebUtility.HtmlDecode(await onReviewed.Content.ReadAsStringAsync()));
        Assert.Equal(ReportState.Draft, (await ReportAsync(draftId)).State);
        Assert.Equal((ReportState.Accepted, (string?)null), ((await ReportAsync(reviewedId)).State, (await ReportAsync(reviewedId)).ReviewComment));
    }

    [Fact]
    public async Task A_decision_on_a_stale_page_is_refused_and_nothing_changes()
    {
        var (obligation, _, executor, _) = await PrepareAsync(5);
        var reportId = await fixture.SubmitAsync(obligation.Id);
        var client = await CoordinatorAsync();

        var response = await DecideAsync(client, reportId, "Accept", "", (await ReportAsync(reportId)).Version - 1);

        Assert.Contains(StaleRecord.Message, WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()));
        Assert.Equal(ReportState.Submitted, (await ReportAsync(reportId)).State);
        Assert.Empty(await LettersToAsync(executor.Email));
    }

    [Fact]
    public async Task A_coordinator_of_another_organisation_does_not_find_the_report()
    {
        var o = await fixture.ObligationsAsync("2020Q1");
        var reportId = await fixture.SubmitAsync(o[6].Id);
        var otherOrg = Guid.Empty;
        await fixture.WithDbAsync(async db =>
        {
            var organization = new Organization("Тестова сільська рада", OrganizationKind.CityCouncil, $"test-{Guid.NewGuid():N}"[..20]);
            db.Organizations.Add(organization);
            await db.SaveChangesAsync();
            otherOrg = organization.Id;
        });
        var stranger = await fixture.CoordinatorAsync(otherOrg);
        var own = await CoordinatorAsync();
        var token = TestUsers.TokenIn(await (await own.GetAsync($"/reports/{reportId}/review")).Content.ReadAsStringAsync());

        var get = await stranger.GetAsync($"/reports/{reportId}/review");
        var post = await stranger.PostAsync($"/reports/{reportId}/review?handler=Accept", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Version"] = (await ReportAsync(reportId)).Version.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["__RequestVerificationToken"] = TestUsers.TokenIn(await (await stranger.GetAsync("/account/change-password")).Content.ReadAsStringAsync()) ?? token!,
        }));

        Assert.Equal(HttpStatusCode.NotFound, get.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, post.StatusCode);
        Assert.Equal(ReportState.Submitted, (await ReportAsync(reportId)).State);
    }
}
