using System.Net;
using AntiCor.Core.Domain;
using AntiCor.Core.Reporting;
using AntiCor.Core.Security;
using AntiCor.Web.Tests.Support;
using AntiCor.Web.Tests.Support.Accounts;
using Microsoft.EntityFrameworkCore;

namespace AntiCor.Web.Tests.Features.ReportingSetup;

/// <summary>The coordinator defines a measure's indicators: numbers as people type them, removal refused once reported on.</summary>
[Collection(ReportingSetupCollection.Name)]
public sealed class IndicatorsTests(AntiCorFactory factory) : IAsyncLifetime
{
    public Task InitializeAsync() => factory.ResetAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    private async Task<(HttpClient Client, string Url, Guid Measure)> OpenAsync(string number)
    {
        var programme = await factory.ProgrammeIdAsync();
        var measure = await factory.QueryAsync(db => db.Measures.Where(m => m.Number == number).Select(m => m.Id).SingleAsync());
        var client = await factory.SignedInClientAsync(await factory.CreateAsync(Roles.Coordinator));
        return (client, $"/programmes/{programme}/measures/{measure}/indicators", measure);
    }

    private static async Task<string> TextOf(HttpResponseMessage response) => WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());

    private static string V(int version) => version.ToString(System.Globalization.CultureInfo.InvariantCulture);

    [Fact]
    public async Task An_indicator_is_added_with_comma_and_point_numbers_edited_and_removed()
    {
        var (client, url, measure) = await OpenAsync("1.1");

        var add = await client.PostFormAsync(url, new()
        {
            ["Name"] = "Кількість навчань",
            ["UnitOfMeasure"] = "од.",
            ["ProgrammeTarget"] = "1,5",
            ["Targets[2020Q1]"] = "2.5",
            ["Version"] = "0",
        }, url);

        Assert.Equal(HttpStatusCode.Redirect, add.StatusCode);
        var stored = await factory.QueryAsync(db => db.Indicators.Where(i => i.MeasureId == measure).ToListAsync());
        var indicator = Assert.Single(stored);
        Assert.Equal(1.5m, indicator.ProgrammeTarget);
        Assert.Equal(2.5m, indicator.TargetFor(PeriodKey.Parse("2020Q1")));
        Assert.Null(indicator.TargetFor(PeriodKey.Parse("2020Q2")));
        var list = await HtmlPage.GetAsync(client, url);
        Assert.Equal("1,5", list.Single($"tr[data-indicator='{indicator.Id}'] [data-programme-target]").TextContent.Trim());

        var form = await HtmlPage.GetAsync(client, $"{url}?edit={indicator.Id}");
        Assert.Equal("Кількість навчань", form.Single("#name").GetAttribute("value"));
        Assert.Equal("2,5", form.Single("[data-target='2020Q1']").GetAttribute("value"));
        var edit = await client.PostFormAsync(url, new()
        {
            ["IndicatorId"] = indicator.Id.ToString(),
            ["Name"] = "Кількість проведених навчань",
            ["UnitOfMeasure"] = "од.",
            ["ProgrammeTarget"] = "4",
            ["Targets[2020Q1]"] = "",
            ["Version"] = form.Single("form[data-indicator-form] input[name=Version]").GetAttribute("value")!,
        }, url);

        Assert.Equal(HttpStatusCode.Redirect, edit.StatusCode);
        var edited = await factory.QueryAsync(db => db.Indicators.SingleAsync(i => i.Id == indicator.Id));
        Assert.Equal("Кількість проведених навчань", edited.Name);
        Assert.Equal(4m, edited.ProgrammeTarget);
        Assert.Empty(edited.Targets);

        // The first form's version is behind now: its save is refused, nothing overwritten.
        var stale = await client.PostFormAsync(url, new() { ["IndicatorId"] = indicator.Id.ToString(), ["Name"] = "Інше", ["UnitOfMeasure"] = "од.", ["Version"] = V(indicator.Version) }, url);
        Assert.Contains(StaleRecord.Message, await TextOf(stale));
        Assert.Equal("Кількість проведених навчань", await factory.QueryAsync(db => db.Indicators.Where(i => i.Id == indicator.Id).Select(i => i.Name).SingleAsync()));

        var remove = await client.PostFormAsync(url + "?handler=Remove", new() { ["IndicatorId"] = indicator.Id.ToString(), ["Version"] = V(edited.Version) }, url);

        Assert.Equal(HttpStatusCode.Redirect, remove.StatusCode);
        Assert.False(await factory.QueryAsync(db => db.Indicators.AnyAsync(i => i.Id == indicator.Id)));
    }

    [Theory]
    [InlineData("abc", "", "«abc» у полі «Ціль на програму» не є числом")]
    [InlineData("", "1,5,6", "«1,5,6» у полі «Цілі за періодами: I квартал 2020 року» не є числом")]
    public async Task A_target_that_is_not_a_number_is_refused_in_ukrainian_and_nothing_is_stored(string programmeTarget, string q1, string message)
    {
        var (client, url, measure) = await OpenAsync("1.2");

        var response = await client.PostFormAsync(url, new()
        {
            ["Name"] = "Кількість перевірок",
            ["UnitOfMeasure"] = "од.",
            ["ProgrammeTarget"] = programmeTarget,
            ["Targets[2020Q1]"] = q1,
            ["Version"] = "0",
        }, url);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await TextOf(response);
        Assert.Contains(message, html);
        Assert.Contains("value=\"Кількість перевірок\"", html);
        Assert.False(await factory.QueryAsync(db => db.Indicators.AnyAsync(i => i.MeasureId == measure)));
    }

    [Fact]
    public async Task An_indicator_with_reported_values_is_not_removed()
    {
        // A measure someone is obliged to report on.
        var number = await factory.QueryAsync(db => db.Measures.Where(m => db.Obligations.Any(o => o.MeasureId == m.Id) && m.Number != "1.1" && m.Number != "1.2")
            .OrderBy(m => m.Number).Select(m => m.Number).FirstAsync());
        var (client, url, measure) = await OpenAsync(number);
        var indicatorId = Guid.Empty;
        var version = 0;
        await factory.WithDbAsync(async db =>
        {
            var indicator = new Indicator(await db.Measures.SingleAsync(m => m.Id == measure), "Кількість звернень", "од.", 10, 1);
            db.Indicators.Add(indicator);
            var obligation = await db.Obligations.FirstAsync(o => o.MeasureId == measure);
            var period = await db.ReportingPeriods.SingleAsync(p => p.Id == obligation.PeriodId);
            var draft = obligation.OpenDraft([], period, Guid.NewGuid(), new DateTime(2020, 3, 1, 9, 0, 0, DateTimeKind.Utc));
            draft.SetIndicatorValue(indicator.Id, 3);
            db.Reports.Add(draft);
            await db.SaveChangesAsync();
            (indicatorId, version) = (indicator.Id, indicator.Version);
        });

        var response = await client.PostFormAsync(url + "?handler=Remove", new() { ["IndicatorId"] = indicatorId.ToString(), ["Version"] = V(version) }, url);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Показник не можна вилучити: за ним уже подано значення у звітах.", await TextOf(response));
        Assert.True(await factory.QueryAsync(db => db.Indicators.AnyAsync(i => i.Id == indicatorId)));
    }
}
