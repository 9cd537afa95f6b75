using System.Net;
using AntiCor.Core.Domain;
using AntiCor.Core.Security;
using AntiCor.Web.Tests.Support;
using AntiCor.Web.Tests.Support.Accounts;
using Microsoft.EntityFrameworkCore;

namespace AntiCor.Web.Tests.Features.ReportingSetup;

/// <summary>The coordinator changes the reporting rule: a preview of the moving due dates, then a confirmed re-plan.</summary>
[Collection(ReportingSetupCollection.Name)]
public sealed class RuleTests(AntiCorFactory factory) : IAsyncLifetime
{
    public Task InitializeAsync() => factory.ResetAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    private async Task<(HttpClient Client, string Url, int Version)> OpenAsync()
    {
        var client = await factory.SignedInClientAsync(await factory.CreateAsync(Roles.Coordinator));
        var url = $"/programmes/{await factory.ProgrammeIdAsync()}/reporting";
        var page = await HtmlPage.GetAsync(client, url);
        Assert.Equal(HttpStatusCode.OK, page.Status);
        return (client, url, int.Parse(page.Single("input[name=Version]").GetAttribute("value")!, System.Globalization.CultureInfo.InvariantCulture));
    }

    private static Dictionary<string, string> Fields(int version, string frequency = "Quarterly", string day = "25", string kind = "day", string days = "") => new()
    {
        ["Input.Frequency"] = frequency,
        ["Input.DueKind"] = kind,
        ["Input.DueDay"] = day,
        ["Input.DueMonth"] = "FirstAfterPeriod",
        ["Input.DaysAfter"] = days,
        ["Version"] = version.ToString(System.Globalization.CultureInfo.InvariantCulture),
    };

    private static async Task<HtmlPage> PageOf(HttpResponseMessage response)
    {
        var html = await response.Content.ReadAsStringAsync();
        return new HtmlPage(response.StatusCode, html, new AngleSharp.Html.Parser.HtmlParser().ParseDocument(html));
    }

    private Task<List<(string Key, DateOnly Due)>> PeriodsAsync() => factory.QueryAsync(async db =>
        (await db.ReportingPeriods.OrderBy(p => p.StartsOn).Select(p => new { p.Key, p.DueOn }).ToListAsync()).Select(p => (p.Key, p.DueOn)).ToList());

    [Fact]
    public async Task Half_yearly_preview_lists_the_moving_dates_and_confirming_replaces_the_empty_quarters()
    {
        var (client, url, version) = await OpenAsync();

        var preview = await PageOf(await client.PostFormAsync(url, Fields(version, "HalfYearly"), url));

        Assert.Equal(HttpStatusCode.OK, preview.Status);
        var q1 = preview.Single("tr[data-change='2020Q1']");
        Assert.Equal("25.04.2020", q1.QuerySelector("[data-was]")!.TextContent.Trim());
        Assert.Equal("—", q1.QuerySelector("[data-becomes]")!.TextContent.Trim());
        var h1 = preview.Single("tr[data-change='2020H1']");
        Assert.Contains("I півріччя 2020 року", h1.TextContent);
        Assert.Equal("25.07.2020", h1.QuerySelector("[data-becomes]")!.TextContent.Trim());
        Assert.NotNull(preview.Document.QuerySelector("button[data-confirm]"));
        Assert.Equal(ReportingFrequency.Quarterly, await factory.QueryAsync(db => db.Programmes.Select(p => p.Reporting.Frequency).SingleAsync()));

        // A quarter someone has written in stays (ADR-012); the empty ones go.
        var written = await factory.QueryAsync(db => db.ReportingPeriods
            .Where(p => db.Obligations.Any(o => o.PeriodId == p.Id && o.State != AntiCor.Core.Reporting.ObligationState.Missing))
            .Select(p => p.Key).ToListAsync());

        var confirm = await client.PostFormAsync(url + "?handler=Confirm", Fields(version, "HalfYearly"), url);

        Assert.Equal(HttpStatusCode.Redirect, confirm.StatusCode);
        Assert.Equal(new[] { "2019H2", "2020H1", "2020H2" }.Concat(written).Order(), (await PeriodsAsync()).Select(p => p.Key).Order());
        Assert.Equal(ReportingFrequency.HalfYearly, await factory.QueryAsync(db => db.Programmes.Select(p => p.Reporting.Frequency).SingleAsync()));
        var h1Id = await factory.QueryAsync(db => db.ReportingPeriods.Where(p => p.Key == "2020H1").Select(p => p.Id).SingleAsync());
        Assert.True(await factory.QueryAsync(db => db.Obligations.AnyAsync(o => o.PeriodId == h1Id)));
        var calendar = await HtmlPage.GetAsync(client, url);
        Assert.Equal("25.07.2020", calendar.Single("tr[data-period='2020H1']").GetAttribute("data-due"));
    }

    [Fact]
    public async Task A_new_due_day_moves_open_periods_and_never_a_closed_one()
    {
        await factory.WithDbAsync(async db =>
        {
            (await db.ReportingPeriods.SingleAsync(p => p.Key == "2019Q3")).Close(Guid.NewGuid(), new DateTime(2019, 11, 1, 0, 0, 0, DateTimeKind.Utc));
            await db.SaveChangesAsync();
        });
        var (client, url, version) = await OpenAsync();

        var preview = await PageOf(await client.PostFormAsync(url, Fields(version, day: "15"), url));
        Assert.Equal("true", preview.Single("tr[data-change='2019Q3']").GetAttribute("data-closed"));
        Assert.Equal("15.04.2020", preview.Single("tr[data-change='2020Q1'] [data-becomes]").TextContent.Trim());

        var confirm = await client.PostFormAsync(url + "?handler=Confirm", Fields(version, day: "15"), url);

        Assert.Equal(HttpStatusCode.Redirect, confirm.StatusCode);
        var periods = (await PeriodsAsync()).ToDictionary(p => p.Key, p => p.Due);
        Assert.Equal(new DateOnly(2019, 10, 25), periods["2019Q3"]);
        Assert.Equal(new DateOnly(2020, 4, 15), periods["2020Q1"]);
        Assert.Equal(new DateOnly(2020, 1, 15), periods["2019Q4"]);
    }

    [Theory]
    [InlineData("day", "0", "", "День подання звіту має бути від 1 до 31.")]
    [InlineData("day", "32", "", "День подання звіту має бути від 1 до 31.")]
    [InlineData("day", "abc", "", "«abc» у полі «День» не є цілим числом.")]
    [InlineData("days", "25", "0", "Кількість днів після закінчення періоду має бути від 1 до 90.")]
    [InlineData("days", "25", "91", "Кількість днів після закінчення періоду має бути від 1 до 90.")]
    public async Task A_wrong_number_is_refused_in_ukrainian_and_nothing_changes(string kind, string day, string days, string message)
    {
        var (client, url, version) = await OpenAsync();
        var before = await PeriodsAsync();

        foreach (var handler in new[] { "", "?handler=Confirm" })
        {
            var response = await PageOf(await client.PostFormAsync(url + handler, Fields(version, kind: kind, day: day, days: days), url));
            Assert.Equal(HttpStatusCode.OK, response.Status);
            Assert.Contains(message, response.Single(".form-errors").TextContent);
            Assert.Null(response.Document.QuerySelector("[data-preview-result]"));
        }

        Assert.Equal(before, await PeriodsAsync());
        Assert.Equal(version, await factory.QueryAsync(db => db.Programmes.Select(p => p.Version).SingleAsync()));
    }

    [Fact]
    public async Task Confirming_over_a_rule_someone_else_changed_is_refused()
    {
        var (client, url, version) = await OpenAsync();
        var before = await PeriodsAsync();

        var response = await PageOf(await client.PostFormAsync(url + "?handler=Confirm", Fields(version + 1, day: "10"), url));

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Contains(StaleRecord.Message, response.Single(".form-errors").TextContent);
        Assert.Equal(before, await PeriodsAsync());
    }
}
