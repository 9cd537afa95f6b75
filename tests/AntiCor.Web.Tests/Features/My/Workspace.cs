extern alias web;

using System.Net;
using System.Runtime.CompilerServices;
using AngleSharp.Html.Parser;
using AntiCor.Core.Data;
using AntiCor.Core.Domain;
using AntiCor.Core.Reporting;
using AntiCor.Core.Seed;
using AntiCor.Web.Tests.Support;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace AntiCor.Web.Tests.Features.My;

/// <summary>An obligation a test made for itself: a unit of its own, a seed measure, a seed period.</summary>
public sealed record TestObligation(Guid Id, Guid UnitId, Guid MeasureId, Guid PeriodId)
{
    public string FormUrl => $"/my/obligations/{Id}/report";
}

/// <summary>
/// The app of the test collection on a fake clock (a second host on the same database), and what
/// the workspace tests set up in it: obligations of their own, the department's return, form posts.
/// </summary>
public static class Workspace
{
    private static readonly ConditionalWeakTable<AntiCorFactory, Tuple<WebApplicationFactory<web::Program>, SwitchedClock>> Apps = [];
    private static readonly HtmlParser Parser = new();

    /// <summary>The app on a fake clock, set to <paramref name="kyivNoon"/> at noon in Kyiv.</summary>
    public static WebApplicationFactory<web::Program> OnClock(this AntiCorFactory factory, DateOnly kyivNoon, out FakeTimeProvider clock)
    {
        var app = Apps.GetValue(factory, f =>
        {
            var switched = new SwitchedClock();
            return Tuple.Create(f.WithWebHostBuilder(b => b.ConfigureTestServices(s => s.AddSingleton<TimeProvider>(switched))), switched);
        });
        clock = new FakeTimeProvider(KyivTime.ToUtc(kyivNoon.ToDateTime(new TimeOnly(12, 0))));
        app.Item2.Current = clock;
        return app.Item1;
    }

    /// <summary>
    /// The app's clock: the test's own fake clock, switched per test (a fake clock never goes
    /// back, and each test starts on the day it needs).
    /// </summary>
    private sealed class SwitchedClock : TimeProvider
    {
        public FakeTimeProvider Current { get; set; } = new();

        public override DateTimeOffset GetUtcNow() => Current.GetUtcNow();

        public override TimeZoneInfo LocalTimeZone => Current.LocalTimeZone;

        public override long TimestampFrequency => Current.TimestampFrequency;

        public override long GetTimestamp() => Current.GetTimestamp();

        public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period) =>
            Current.CreateTimer(callback, state, dueTime, period);
    }

    public static async Task<T> QueryAsync<T>(this WebApplicationFactory<web::Program> app, Func<AppDbContext, Task<T>> query)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<AppDbContext>());
    }

    /// <summary>A new unit of the seed's city with one obligation on the seed measure <paramref name="measureNumber"/> in <paramref name="periodKey"/>.</summary>
    public static async Task<TestObligation> NewObligationAsync(this WebApplicationFactory<web::Program> app, string periodKey = "2020Q1", string measureNumber = "1.1", Guid? unitId = null)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var organization = await db.Organizations.Where(o => o.Slug == SeedProgramme.OrganizationSlug).Select(o => o.Id).FirstAsync();
        var period = await db.ReportingPeriods.FirstAsync(p => p.OrganizationId == organization && p.Key == periodKey);
        var measure = await db.Measures.Where(m => m.OrganizationId == organization && m.Number == measureNumber).Select(m => m.Id).FirstAsync();
        if (unitId is null)
        {
            var unit = new OrgUnit(organization, $"Тестовий підрозділ {Guid.NewGuid():N}", ExecutorKind.Unit);
            db.OrgUnits.Add(unit);
            unitId = unit.Id;
        }

        var obligation = new Obligation(period, measure, unitId.Value, isLead: true);
        db.Obligations.Add(obligation);
        await db.SaveChangesAsync();
        return new TestObligation(obligation.Id, unitId.Value, measure, period.Id);
    }

    /// <summary>The department returns the submitted report with a comment (its own pages are another slice).</summary>
    public static async Task ReturnAsync(this WebApplicationFactory<web::Program> app, Guid obligationId, string comment)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var obligation = await db.Obligations.FirstAsync(o => o.Id == obligationId);
        var report = await db.Reports.Where(r => r.ObligationId == obligationId && r.State == ReportState.Submitted).FirstAsync();
        obligation.Return(report, comment, Guid.NewGuid(), scope.ServiceProvider.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime);
        await db.SaveChangesAsync();
    }

    public static Task<List<Report>> ReportsAsync(this WebApplicationFactory<web::Program> app, Guid obligationId) =>
        app.QueryAsync(db => db.Reports.AsNoTracking().Where(r => r.ObligationId == obligationId).OrderBy(r => r.Number).ToListAsync());

    /// <summary>The form's hidden fields as the page has them now (the draft id and version token, the antiforgery token).</summary>
    public static async Task<Dictionary<string, string>> OpenFormAsync(HttpClient client, string url)
    {
        var page = await HtmlPage.GetAsync(client, url);
        Assert.Equal(HttpStatusCode.OK, page.Status);
        return page.All("form[data-form=report] input[type=hidden]")
            .ToDictionary(e => e.GetAttribute("name")!, e => e.GetAttribute("value") ?? "");
    }

    /// <summary>Posts the report form as a browser does (multipart): the hidden fields, <paramref name="fields"/>, and a file.</summary>
    public static async Task<HttpResponseMessage> PostAsync(HttpClient client, string url, string handler, Dictionary<string, string> hidden,
        Dictionary<string, string> fields, (string Name, byte[] Bytes)? file = null)
    {
        using var form = new MultipartFormDataContent();
        foreach (var (name, value) in hidden.Concat(fields))
        {
            form.Add(new StringContent(value), name);
        }

        if (file is { } f)
        {
            form.Add(new ByteArrayContent(f.Bytes), "Upload", f.Name);
        }

        return await client.PostAsync($"{url}?handler={handler}", form);
    }

    /// <summary>Opens the form and posts it in one go.</summary>
    public static async Task<HttpResponseMessage> SendAsync(HttpClient client, string url, string handler, Dictionary<string, string> fields, (string Name, byte[] Bytes)? file = null) =>
        await PostAsync(client, url, handler, await OpenFormAsync(client, url), fields, file);

    public static async Task<AngleSharp.Html.Dom.IHtmlDocument> HtmlAsync(HttpResponseMessage response) =>
        Parser.ParseDocument(await response.Content.ReadAsStringAsync());

    /// <summary>A complete result message: done, with a date and what was done.</summary>
    public static Dictionary<string, string> Done(string text = "Проведено навчання для 40 працівників") => new()
    {
        ["Input.MessageType"] = nameof(MessageType.Result),
        ["Input.Status"] = nameof(MeasureStatus.Done),
        ["Input.WhatWasDone"] = text,
        ["Input.CompletedOn"] = "31.03.2020",
    };
}
