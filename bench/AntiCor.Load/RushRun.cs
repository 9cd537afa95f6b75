extern alias web;

using System.Globalization;
using System.Net;
using AntiCor.Core.Data;
using AntiCor.Core.Reporting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace AntiCor.Load;

/// <summary>
/// Deadline day: every executor signs in, then all at once submit a result report for each of
/// their unit's obligations of the period (open the form, post it). Only the submissions are
/// timed, after untimed warm-up submissions on the next period's obligations: the first requests
/// of a path compile its queries, and the runtime compiles the code again, optimised, once it has
/// run a few dozen times; that is the start-up's cost, not the deadline day's, when the server has
/// been running for weeks. Afterwards the store is asked how many
/// submitted reports it holds: every acknowledged submission (a redirect back to the form) must be
/// there, once.
/// </summary>
internal static class RushRun
{
    internal const string WhatWasDone =
        "Проведено навчання з питань запобігання корупції для працівників підрозділу (12 осіб), " +
        "оновлено перелік посад з підвищеним корупційним ризиком, розглянуто два повідомлення про " +
        "потенційний конфлікт інтересів, вжито заходів для його врегулювання; інформацію оприлюднено на сайті ради.";

    /// <summary>
    /// One rush per pause of <paramref name="paces"/> (0: back to back), each on a period of its own
    /// (the measured one, then the next ones), after one sign-in of every executor and one warm-up on
    /// the period after the last: signing two hundred executors in costs a core for seconds, and a
    /// second server start would warm up again. Returns a line per rush.
    /// </summary>
    public static async Task<IReadOnlyList<string>> RunAsync(
        WebApplicationFactory<web::Program> host, Uri server, LoadCity city, IReadOnlyList<int> paces, int fileBytes, int warmUps)
    {
        var periods = await PeriodsFromAsync(host, city, paces.Count + 1);
        var sessions = city.Executors.Select(_ => new WebSession(server)).ToList();
        await Task.WhenAll(sessions.Select((s, i) => s.SignInAsync(city.Executors[i])));
        Stages.Done("signed in");

        // Each report's file is its own (as in life), so the store keeps one file per report.
        byte[]? File(Guid obligation) => fileBytes > 0 ? SmallPdf(fileBytes, $"obligation {obligation:N}") : null;
        var warmed = await WarmUpAsync(host, city with { PeriodKey = periods[^1] }, sessions, warmUps, File);
        Stages.Done("warm-up");

        var lines = new List<string>();
        foreach (var (thinkMs, period) in paces.Zip(periods))
        {
            lines.Add(await RushAsync(host, city with { PeriodKey = period }, sessions, thinkMs, fileBytes, File, warmed));
        }

        sessions.ForEach(s => s.Dispose());
        return lines;
    }

    private static async Task<string> RushAsync(
        WebApplicationFactory<web::Program> host, LoadCity city, List<WebSession> sessions, int thinkMs, int fileBytes, Func<Guid, byte[]?> file, int warmed)
    {
        var work = await ObligationsAsync(host, city);
        var times = new Latencies();
        var acknowledged = 0;
        var errors = 0;
        using var start = new SemaphoreSlim(0);
        var clients = sessions.Select(async (session, i) =>
        {
            await start.WaitAsync();
            // Spread the first pauses so that paced submitters do not march in step.
            var pause = new Random(i);
            foreach (var obligation in work.GetValueOrDefault(city.Executors[i].UnitId!.Value, []))
            {
                if (thinkMs > 0)
                {
                    await Task.Delay(pause.Next(thinkMs / 2, thinkMs * 3 / 2));
                }

                var (response, elapsed) = await SubmitAsync(session, obligation, file(obligation));
                times.Add(elapsed);
                if (response.StatusCode == HttpStatusCode.Redirect)
                {
                    Interlocked.Increment(ref acknowledged);
                }
                else
                {
                    Interlocked.Increment(ref errors);
                }

                response.Dispose();
            }
        }).ToList();
        var clock = System.Diagnostics.Stopwatch.StartNew();
        start.Release(sessions.Count);
        await Task.WhenAll(clients);
        Stages.Done($"rush (pause {thinkMs} ms)");
        var seconds = clock.Elapsed.TotalSeconds;

        var stored = await StoredAsync(host, work.Values.SelectMany(x => x).ToList());
        var attached = fileBytes <= 0 ? "" : string.Create(CultureInfo.InvariantCulture, $"; each with a {fileBytes:N0}-byte PDF of its own");
        return string.Create(CultureInfo.InvariantCulture,
            $"rush {city.PeriodKey}: {sessions.Count} submitters (pause {thinkMs} ms), {times.Count} submissions in {seconds:0.0} s ({times.Count / seconds:0} /s): " +
            $"{times.Summary(50, 99)}; acknowledged {acknowledged} (+{warmed} warm-up, not counted), errors {errors}, stored {stored}{attached}");
    }

    /// <summary>
    /// Submits up to <paramref name="count"/> reports of the city's period (one no rush measures), one
    /// after another, each executor its own unit's; returns how many were acknowledged.
    /// </summary>
    private static async Task<int> WarmUpAsync(
        WebApplicationFactory<web::Program> host, LoadCity city, List<WebSession> sessions, int count, Func<Guid, byte[]?> file)
    {
        var next = await ObligationsAsync(host, city);
        var turns = sessions.Select((s, i) => (Session: s, Obligations: next.GetValueOrDefault(city.Executors[i].UnitId!.Value, [])))
            .SelectMany(x => x.Obligations.Select((o, k) => (k, x.Session, Obligation: o)))
            .OrderBy(t => t.k).Take(Math.Max(count, 1)).ToList();
        var acknowledged = 0;
        foreach (var (_, session, obligation) in turns)
        {
            var (response, _) = await SubmitAsync(session, obligation, file(obligation));
            acknowledged += response.StatusCode == HttpStatusCode.Redirect ? 1 : 0;
            response.Dispose();
        }

        return acknowledged;
    }

    /// <summary>The measured period's key and the keys of the periods after it, <paramref name="count"/> in all.</summary>
    private static async Task<List<string>> PeriodsFromAsync(WebApplicationFactory<web::Program> host, LoadCity city, int count)
    {
        await using var scope = host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var measured = await db.ReportingPeriods.FirstAsync(p => p.ProgrammeId == city.ProgrammeId && p.Key == city.PeriodKey);
        var keys = await db.ReportingPeriods.Where(p => p.ProgrammeId == city.ProgrammeId && p.StartsOn >= measured.StartsOn)
            .OrderBy(p => p.StartsOn).Select(p => p.Key).Take(count).ToListAsync();
        return keys.Count == count
            ? keys
            : throw new InvalidOperationException($"{count - 1} rushes and a warm-up need {count} periods from {city.PeriodKey}; the programme has {keys.Count}");
    }

    /// <summary>Opens the obligation's form and posts a result report (with the file, when given); times the POST.</summary>
    private static async Task<(HttpResponseMessage Response, TimeSpan Elapsed)> SubmitAsync(WebSession session, Guid obligation, byte[]? file)
    {
        var url = $"/my/obligations/{obligation}/report";
        var (_, form, _) = await session.GetAsync(url);
        return await PostReportAsync(session, url, form, file);
    }

    /// <summary>Posts a result report on the form's page (with the file, when given); times the POST.</summary>
    internal static Task<(HttpResponseMessage Response, TimeSpan Elapsed)> PostReportAsync(WebSession session, string url, string form, byte[]? file)
    {
        var fields = new Dictionary<string, string>
        {
            ["Input.MessageType"] = nameof(MessageType.Result),
            ["Input.Status"] = nameof(MeasureStatus.Done),
            ["Input.WhatWasDone"] = WhatWasDone,
            ["Input.CompletedOn"] = "20.03.2020",
        };
        return file is null
            ? session.PostAsync(url + "?handler=Submit", form, fields)
            : session.PostWithFileAsync(url + "?handler=Submit", form, fields, "akt-vykonannia.pdf", file);
    }

    /// <summary>A file the evidence check takes for a PDF (its signature and a marker line), padded to the size asked.</summary>
    internal static byte[] SmallPdf(int size, string marker = "AntiCor load run")
    {
        var head = System.Text.Encoding.UTF8.GetBytes($"%PDF-1.4\n% {marker}\n");
        var bytes = new byte[Math.Max(size, head.Length)];
        head.CopyTo(bytes, 0);
        bytes.AsSpan(head.Length).Fill((byte)' ');
        return bytes;
    }

    internal static async Task<Dictionary<Guid, List<Guid>>> ObligationsAsync(WebApplicationFactory<web::Program> host, LoadCity city)
    {
        await using var scope = host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var units = city.Executors.Select(e => e.UnitId!.Value).ToList();
        var rows = await db.Obligations
            .Where(o => o.WithdrawnAtUtc == null && !o.IsExternal && units.Contains(o.OrgUnitId)
                && db.ReportingPeriods.Any(p => p.Id == o.PeriodId && p.Key == city.PeriodKey))
            .Select(o => new { o.OrgUnitId, o.Id }).ToListAsync();
        return rows.GroupBy(r => r.OrgUnitId).ToDictionary(g => g.Key, g => g.Select(r => r.Id).ToList());
    }

    private static async Task<int> StoredAsync(WebApplicationFactory<web::Program> host, List<Guid> obligations)
    {
        await using var scope = host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        return await db.Reports.CountAsync(r => obligations.Contains(r.ObligationId) && r.State == ReportState.Submitted);
    }
}
