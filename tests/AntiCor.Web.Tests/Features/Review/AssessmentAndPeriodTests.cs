using System.Globalization;
using System.Net;
using AntiCor.Core.Domain;
using AntiCor.Core.Reporting;
using AntiCor.Web.Tests.Support;
using AntiCor.Web.Tests.Support.Accounts;
using Microsoft.EntityFrameworkCore;

namespace AntiCor.Web.Tests.Features.Review;

/// <summary>The department's verdict and status override, a party «за згодою», and closing and reopening a period.</summary>
[Collection(ReviewCollection.Name)]
public sealed class AssessmentAndPeriodTests(ReviewApp fixture)
{
    private Task<HttpClient> CoordinatorAsync() => fixture.CoordinatorAsync();

    private static string Text(int? n) => n?.ToString(CultureInfo.InvariantCulture) ?? "";

    private static async Task<string> HtmlAsync(HttpResponseMessage response) => WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());

    private Task<MeasureAssessment?> AssessmentAsync(Guid periodId, Guid measureId) =>
        fixture.App.QueryAsync(db => db.MeasureAssessments.AsNoTracking().SingleOrDefaultAsync(a => a.PeriodId == periodId && a.MeasureId == measureId));

    [Fact]
    public async Task A_verdict_and_an_overridden_status_with_its_reason_show_on_the_board_and_a_stale_form_is_refused()
    {
        var programme = await fixture.ProgrammeIdAsync();
        var o = (await fixture.ObligationsAsync("2020Q3"))[0];
        await fixture.SubmitAsync(o.Id, MeasureStatus.InProgress);
        await fixture.AcceptAsync(o.Id);
        var client = await CoordinatorAsync();
        var url = $"/programmes/{programme}/periods/2020Q3/measures/{o.MeasureId}";
        var number = await fixture.App.QueryAsync(db => db.Measures.Where(m => m.Id == o.MeasureId).Select(m => m.Number).SingleAsync());

        var page = await HtmlPage.GetAsync(client, url);
        Assert.Equal(ReportingWords.Of(MeasureStatus.InProgress), page.Single("[data-derived]").TextContent);
        var verdict = await client.PostFormAsync(url + "?handler=Verdict", new() { ["Verdict"] = nameof(Verdict.Progress), ["Version"] = "" });
        Assert.Equal(HttpStatusCode.Redirect, verdict.StatusCode);
        var given = await AssessmentAsync(o.PeriodId, o.MeasureId);
        Assert.Equal(Verdict.Progress, given!.Verdict);

        var noReason = await client.PostFormAsync(url + "?handler=Override", new() { ["StatusOverride"] = nameof(MeasureStatus.PartlyDone), ["OverrideReason"] = "", ["Version"] = Text(given.Version) });
        Assert.Contains("Щоб змінити статус заходу, вкажіть причину.", await HtmlAsync(noReason));
        Assert.Null((await AssessmentAsync(o.PeriodId, o.MeasureId))!.StatusOverride);

        var stale = await client.PostFormAsync(url + "?handler=Verdict", new() { ["Verdict"] = nameof(Verdict.NoInformation), ["Version"] = "" });
        Assert.Contains(StaleRecord.Message, await HtmlAsync(stale));

        var overridden = await client.PostFormAsync(url + "?handler=Override", new() { ["StatusOverride"] = nameof(MeasureStatus.PartlyDone), ["OverrideReason"] = "Співвиконавець не завершив", ["Version"] = Text(given.Version) });
        Assert.Equal(HttpStatusCode.Redirect, overridden.StatusCode);
        var stored = await AssessmentAsync(o.PeriodId, o.MeasureId);
        Assert.Equal((Verdict.Progress, MeasureStatus.PartlyDone, "Співвиконавець не завершив"), (stored!.Verdict, stored.StatusOverride, stored.OverrideReason));

        var againStale = await client.PostFormAsync(url + "?handler=Verdict", new() { ["Verdict"] = nameof(Verdict.NoInformation), ["Version"] = Text(given.Version) });
        Assert.Contains(StaleRecord.Message, await HtmlAsync(againStale));
        Assert.Equal(Verdict.Progress, (await AssessmentAsync(o.PeriodId, o.MeasureId))!.Verdict);

        var board = await HtmlPage.GetAsync(client, $"/programmes/{programme}/periods/2020Q3");
        var row = board.Single($"tr[data-measure='{number}']");
        Assert.StartsWith(ReportingWords.Of(MeasureStatus.PartlyDone), HtmlPage.Text(row.QuerySelector("td[data-status]")!));
        Assert.Contains(ReportingWords.Of(Verdict.Progress), row.QuerySelector("td[data-verdict]")!.TextContent);
    }

    [Fact]
    public async Task The_coordinator_records_what_a_party_by_consent_reported_as_an_accepted_external_report()
    {
        var programme = await fixture.ProgrammeIdAsync();
        var external = await fixture.App.QueryAsync(db => db.MeasureExecutors
            .Where(e => e.ConsentRequired || e.OrgUnit.Kind == ExecutorKind.External).Select(e => new { e.MeasureId, e.OrgUnitId }).FirstAsync());
        var client = await CoordinatorAsync();
        var url = $"/programmes/{programme}/periods/2020Q3/measures/{external.MeasureId}";

        var missingText = await client.PostFormAsync(url + "?handler=External", new()
        {
            ["External.UnitId"] = external.OrgUnitId.ToString(), ["External.MessageType"] = nameof(MessageType.Result), ["External.Status"] = nameof(MeasureStatus.Done),
            ["External.CompletedOn"] = "2020-09-01", ["External.WhatWasDone"] = "",
        });
        Assert.Contains("Опишіть, що зроблено.", await HtmlAsync(missingText));
        var response = await client.PostFormAsync(url + "?handler=External", new()
        {
            ["External.UnitId"] = external.OrgUnitId.ToString(), ["External.MessageType"] = nameof(MessageType.Result), ["External.Status"] = nameof(MeasureStatus.Done),
            ["External.CompletedOn"] = "2020-09-01", ["External.WhatWasDone"] = "Поліція провела перевірку",
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var obligation = await fixture.App.QueryAsync(db => db.Obligations.Where(x => x.MeasureId == external.MeasureId && x.OrgUnitId == external.OrgUnitId
            && db.ReportingPeriods.Any(p => p.Id == x.PeriodId && p.Key == "2020Q3")).SingleAsync());
        Assert.Equal((true, false, ObligationState.Accepted), (obligation.IsExternal, obligation.IsLead, obligation.State));
        var report = await fixture.App.QueryAsync(db => db.Reports.SingleAsync(r => r.ObligationId == obligation.Id));
        Assert.Equal((ReportState.Accepted, "Поліція провела перевірку"), (report.State, report.WhatWasDone));
        var board = await HtmlPage.GetAsync(client, $"/programmes/{programme}/periods/2020Q3?unit={external.OrgUnitId}");
        Assert.Contains("за згодою", board.Single($"li[data-cell='{obligation.Id}']").TextContent);

        var notExternal = await fixture.App.QueryAsync(db => db.MeasureExecutors.Where(e => e.MeasureId == external.MeasureId && !e.ConsentRequired && e.OrgUnit.Kind == ExecutorKind.Unit)
            .Select(e => e.OrgUnitId).FirstOrDefaultAsync());
        var refused = await client.PostFormAsync(url + "?handler=External", new()
        {
            ["External.UnitId"] = (notExternal == Guid.Empty ? Guid.NewGuid() : notExternal).ToString(), ["External.Status"] = nameof(MeasureStatus.Done),
            ["External.CompletedOn"] = "2020-09-01", ["External.WhatWasDone"] = "Не та сторона",
        });
        Assert.Contains("не є виконавцем заходу за згодою", await HtmlAsync(refused));
    }

    [Fact]
    public async Task Closing_a_period_is_audited_and_refuses_submissions_and_reopening_needs_a_reason()
    {
        var programme = await fixture.ProgrammeIdAsync();
        var o = (await fixture.ObligationsAsync("2020Q4"))[0];
        var client = await CoordinatorAsync();
        var url = $"/programmes/{programme}/periods/2020Q4";
        Task<ReportingPeriod> PeriodAsync() => fixture.App.QueryAsync(db => db.ReportingPeriods.AsNoTracking().SingleAsync(p => p.Id == o.PeriodId));
        var version = (await PeriodAsync()).Version;

        var stale = await client.PostFormAsync(url + "?handler=Close", new() { ["Version"] = Text(version + 1) });
        Assert.Contains(StaleRecord.Message, await HtmlAsync(stale));
        Assert.False((await PeriodAsync()).IsClosed);

        var close = await client.PostFormAsync(url + "?handler=Close", new() { ["Version"] = Text(version) });
        Assert.Equal(HttpStatusCode.Redirect, close.StatusCode);
        var closed = await PeriodAsync();
        Assert.True(closed.IsClosed);
        Assert.Equal(ReviewApp.Now.UtcDateTime, closed.ClosedAtUtc);
        var refusal = await Assert.ThrowsAsync<DomainException>(() => fixture.SubmitAsync(o.Id));
        Assert.Contains("Звітний період закрито", refusal.Message);
        Assert.NotNull((await HtmlPage.GetAsync(client, url)).Document.QuerySelector("form[data-reopen-form]"));

        var noReason = await client.PostFormAsync(url + "?handler=Reopen", new() { ["Version"] = Text(closed.Version), ["Reason"] = " " });
        Assert.Contains("Щоб відкрити період повторно, вкажіть причину.", await HtmlAsync(noReason));
        Assert.True((await PeriodAsync()).IsClosed);

        var reopen = await client.PostFormAsync(url + "?handler=Reopen", new() { ["Version"] = Text(closed.Version), ["Reason"] = "Надійшов звіт поліції" });
        Assert.Equal(HttpStatusCode.Redirect, reopen.StatusCode);
        var reopened = await PeriodAsync();
        Assert.Equal((false, "Надійшов звіт поліції"), (reopened.IsClosed, reopened.ReopenReason));
        await fixture.SubmitAsync(o.Id);

        var audit = await fixture.App.QueryAsync(db => db.AuditEntries.Where(a => a.EntityType == nameof(ReportingPeriod) && a.EntityId == o.PeriodId.ToString())
            .Select(a => a.Changes).ToListAsync());
        Assert.Contains(audit, c => c != null && c.Contains("Період «IV квартал 2020 року» закрито", StringComparison.Ordinal));
        Assert.Contains(audit, c => c != null && c.Contains("відкрито повторно. Причина: Надійшов звіт поліції", StringComparison.Ordinal));
    }
}
