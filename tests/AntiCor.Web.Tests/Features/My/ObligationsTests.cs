using System.Net;
using AntiCor.Core.Reporting;
using AntiCor.Core.Security;
using AntiCor.Web.Tests.Support;
using AntiCor.Web.Tests.Support.Accounts;

namespace AntiCor.Web.Tests.Features.My;

[Collection(AppCollection.Name)]
public sealed class ObligationsTests(AntiCorFactory factory)
{
    [Fact]
    public async Task An_executor_sees_the_current_periods_obligations_with_due_date_and_days_left_and_is_refused_another_units_by_id()
    {
        var app = factory.OnClock(new DateOnly(2020, 4, 10), out _);
        var obligation = await app.NewObligationAsync("2020Q1", "1.1");
        await app.NewObligationAsync("2020Q2", "1.1", obligation.UnitId);
        var other = await app.NewObligationAsync();
        var client = await app.SignedInClientAsync(await app.CreateAsync(Roles.Executor, [obligation.UnitId]));

        var mine = await HtmlPage.GetAsync(client, "/my/obligations");
        var one = await HtmlPage.GetAsync(client, $"/my/obligations/{obligation.UnitId}");
        var refused = await client.GetAsync($"/my/obligations/{other.UnitId}");

        Assert.Equal(HttpStatusCode.OK, mine.Status);
        // On 10 April Q1 is still due (25 April) while Q2 runs: the executor works on Q1.
        Assert.Equal("2020Q1", mine.Single("[data-period]").GetAttribute("data-period"));
        var section = Assert.Single(mine.All("section[data-unit]"));
        Assert.Equal(obligation.UnitId.ToString(), section.GetAttribute("data-unit"));
        var row = Assert.Single(section.QuerySelectorAll("tr[data-obligation]"));
        Assert.Equal(obligation.Id.ToString(), row.GetAttribute("data-obligation"));
        Assert.Equal("25.04.2020", row.QuerySelector("[data-due]")!.TextContent);
        Assert.Equal("15 днів", row.QuerySelector("[data-days]")!.TextContent);
        Assert.Equal(ReportingWords.Of(ObligationState.Missing), row.QuerySelector("[data-state-text]")!.TextContent);
        Assert.Equal(HttpStatusCode.OK, one.Status);
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
    }

    [Fact]
    public async Task Overdue_obligations_come_first_and_another_period_is_chosen_by_its_key()
    {
        var app = factory.OnClock(new DateOnly(2020, 4, 28), out _);
        var submitted = await app.NewObligationAsync("2020Q1", "1.1");
        var missing = await app.NewObligationAsync("2020Q1", "1.2", submitted.UnitId);
        await app.NewObligationAsync("2020Q2", "1.1", submitted.UnitId);
        var client = await app.SignedInClientAsync(await app.CreateAsync(Roles.Executor, [submitted.UnitId]));
        Assert.Equal(HttpStatusCode.Redirect, (await Workspace.SendAsync(client, submitted.FormUrl, "Submit", Workspace.Done())).StatusCode);

        var current = await HtmlPage.GetAsync(client, "/my/obligations");
        var q1 = await HtmlPage.GetAsync(client, "/my/obligations?period=2020Q1");

        // Q1's window is over on 28 April: the current period is Q2.
        Assert.Equal("2020Q2", current.Single("[data-period]").GetAttribute("data-period"));
        Assert.Equal("2020Q1", q1.Single("[data-period]").GetAttribute("data-period"));
        var rows = q1.All("tr[data-obligation]");
        Assert.Equal([missing.Id.ToString(), submitted.Id.ToString()], rows.Select(r => r.GetAttribute("data-obligation")));
        Assert.Equal("true", rows[0].GetAttribute("data-overdue"));
        Assert.Equal("прострочено на 3 дні", rows[0].QuerySelector("[data-days]")!.TextContent);
        Assert.Equal(ReportingWords.Of(ObligationState.Submitted), rows[1].QuerySelector("[data-state-text]")!.TextContent);
    }
}
