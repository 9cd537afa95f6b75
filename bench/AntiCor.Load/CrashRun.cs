extern alias web;

using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using System.Security.Cryptography;
using AntiCor.Core.Audit;
using AntiCor.Core.Audit.Keys;
using AntiCor.Core.Data;
using AntiCor.Core.Mail;
using AntiCor.Core.Reporting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace AntiCor.Load;

/// <summary>
/// Crash safety (issue 14): the executors' rush against the app as a process of its own, while
/// the outbox sends a queue of letters to <see cref="MailSink"/>; the server is killed with
/// SIGKILL several times mid-way and started again. A client whose request died re-opens its
/// form, as a person would, and submits again unless the page says the report is already in.
/// Afterwards the store must hold every submission the clients saw acknowledged exactly once and
/// whole (text and file), every audit chain must verify, every letter must have arrived, none
/// twice, and the last stop — SIGTERM — must end the process cleanly.
/// </summary>
internal static class CrashRun
{
    public const int Letters = 300;

    /// <summary>What the server process needs on top of the store: its jobs polling, letters to the sink, quick retries.</summary>
    public static Dictionary<string, string> ServerSettings(IReadOnlyDictionary<string, string> store, MailSink sink) =>
        new(store)
        {
            ["Jobs:Polling"] = "true",
            ["Jobs:PollInterval"] = "00:00:01",
            ["Outbox:SendInterval"] = "00:00:01",
            ["Outbox:BatchSize"] = "10",
            ["Outbox:FirstRetryDelay"] = "00:00:02",
            ["Outbox:MaxRetryDelay"] = "00:00:05",
            ["Mail:Host"] = "127.0.0.1",
            ["Mail:Port"] = sink.Port.ToString(CultureInfo.InvariantCulture),
            ["Mail:From"] = "anticor@load.anticor.local",
        };

    public static async Task<string> RunAsync(WebApplicationFactory<web::Program> host, ServerProcess server, MailSink sink, LoadCity city, int kills, int fileBytes)
    {
        var work = await RushRun.ObligationsAsync(host, city);
        var letters = await QueueLettersAsync(host);
        await server.StartAsync();
        var sessions = city.Executors.Select(_ => new WebSession(server.Address)).ToList();
        await Task.WhenAll(sessions.Select((s, i) => s.SignInAsync(city.Executors[i])));

        var acknowledged = new ConcurrentBag<Guid>();
        var foundOnRetry = new ConcurrentBag<Guid>();
        var gaveUp = new ConcurrentBag<Guid>();
        var clients = sessions.Select(async (session, i) =>
        {
            var pause = new Random(i);
            foreach (var obligation in work.GetValueOrDefault(city.Executors[i].UnitId!.Value, []))
            {
                await Task.Delay(pause.Next(100, 500));
                var outcome = await SubmitUntilInAsync(session, obligation, Evidence(obligation, fileBytes));
                (outcome switch { Outcome.Acknowledged => acknowledged, Outcome.FoundOnRetry => foundOnRetry, _ => gaveUp }).Add(obligation);
            }
        }).ToList();
        var all = Task.WhenAll(clients);

        var killed = 0;
        var clock = System.Diagnostics.Stopwatch.StartNew();
        while (killed < kills && !all.IsCompleted)
        {
            await Task.WhenAny(all, Task.Delay(TimeSpan.FromSeconds(1.5)));
            if (all.IsCompleted)
            {
                break;
            }

            await server.KillAsync();
            killed++;
            await Task.Delay(300);
            await server.StartAsync();
        }

        await all;
        var seconds = clock.Elapsed.TotalSeconds;
        sessions.ForEach(s => s.Dispose());
        var drained = await WaitForLettersAsync(host, letters, TimeSpan.FromSeconds(120));
        var (exitCode, stopSeconds) = await server.TerminateAsync(TimeSpan.FromSeconds(30));

        var check = await CheckAsync(host, work.Values.SelectMany(x => x).ToList(), [.. acknowledged], fileBytes);
        var sent = letters.Select(id => sink.Received.GetValueOrDefault(id)).ToList();
        return string.Create(CultureInfo.InvariantCulture,
            $"crash: {killed} SIGKILLs in {seconds:0.0} s; submissions acknowledged {acknowledged.Count}, found {check.Found}, lost {check.Lost}, " +
            $"stored more than once {check.Duplicated}, half-written {check.HalfWritten}; stored but not acknowledged (found on retry) {foundOnRetry.Count}, " +
            $"given up {gaveUp.Count}; audit chains {check.ChainsIntact}/{check.Chains} verify; letters {letters.Count}: arrived once {sent.Count(n => n == 1)}, " +
            $"twice or more {sent.Count(n => n > 1)}, missing {sent.Count(n => n == 0)} (outbox drained: {(drained ? "yes" : "no")}); " +
            $"SIGTERM: exit code {exitCode} after {stopSeconds:0.0} s");
    }

    private enum Outcome { Acknowledged, FoundOnRetry, GaveUp }

    /// <summary>Open the form; if the report is in, done; else post it. Any failure (the server died): wait, and again.</summary>
    private static async Task<Outcome> SubmitUntilInAsync(WebSession session, Guid obligation, byte[]? file)
    {
        for (var attempt = 0; attempt < 600; attempt++)
        {
            try
            {
                var url = $"/my/obligations/{obligation}/report";
                var (status, form, _) = await session.GetAsync(url);
                if (status == HttpStatusCode.OK && form.Contains("data-waiting", StringComparison.Ordinal))
                {
                    return Outcome.FoundOnRetry;
                }

                if (status == HttpStatusCode.OK)
                {
                    var (response, _) = await RushRun.PostReportAsync(session, url, form, file);
                    using (response)
                    {
                        if (response.StatusCode == HttpStatusCode.Redirect)
                        {
                            return Outcome.Acknowledged;
                        }
                    }
                }
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException or IOException or InvalidOperationException)
            {
            }

            await Task.Delay(250);
        }

        return Outcome.GaveUp;
    }

    /// <summary>A PDF of the size asked, different for each obligation, so a file can be traced to its report.</summary>
    private static byte[]? Evidence(Guid obligation, int size) =>
        size <= 0 ? null : RushRun.SmallPdf(size, $"obligation {obligation:N}");

    private static async Task<List<string>> QueueLettersAsync(WebApplicationFactory<web::Program> host)
    {
        await using var scope = host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var outbox = scope.ServiceProvider.GetRequiredService<IOutbox>();
        var queued = Enumerable.Range(1, Letters)
            .Select(i => outbox.Enqueue(new OutboxLetter($"vykonavets-{i}@load.anticor.local", $"Нагадування № {i}", "Термін подання звіту — 25 число місяця, що настає за кварталом.")))
            .ToList();
        await db.SaveChangesAsync();
        return [.. queued.Select(m => m.MessageId)];
    }

    private static async Task<bool> WaitForLettersAsync(WebApplicationFactory<web::Program> host, List<string> letters, TimeSpan limit)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        while (clock.Elapsed < limit)
        {
            await using var scope = host.Services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            if (!await db.OutboxMessages.AnyAsync(m => letters.Contains(m.MessageId) && m.SentUtc == null))
            {
                return true;
            }

            await Task.Delay(500);
        }

        return false;
    }

    private sealed record Check(int Found, int Lost, int Duplicated, int HalfWritten, int Chains, int ChainsIntact);

    private static async Task<Check> CheckAsync(WebApplicationFactory<web::Program> host, List<Guid> obligations, HashSet<Guid> acknowledged, int fileBytes)
    {
        await using var scope = host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var submitted = await db.Reports.AsNoTracking()
            .Where(r => obligations.Contains(r.ObligationId) && r.State == ReportState.Submitted)
            .Select(r => new { r.Id, r.ObligationId, r.WhatWasDone })
            .ToListAsync();
        var reportIds = submitted.Select(r => r.Id).ToList();
        var files = await db.ReportEvidence.AsNoTracking().Where(e => reportIds.Contains(e.ReportId) && e.ContentSha256 != null)
            .Select(e => new { e.ReportId, e.ContentSha256 }).ToListAsync();
        var hashes = files.Select(f => f.ContentSha256!).Distinct().ToList();
        var contents = await db.EvidenceContents.AsNoTracking().Where(c => hashes.Contains(c.Sha256)).ToDictionaryAsync(c => c.Sha256, c => c.Bytes);

        var byObligation = submitted.GroupBy(r => r.ObligationId).ToDictionary(g => g.Key, g => g.ToList());
        int found = 0, lost = 0, halfWritten = 0;
        foreach (var obligation in acknowledged)
        {
            if (!byObligation.TryGetValue(obligation, out var reports))
            {
                lost++;
                continue;
            }

            found++;
            var report = reports[0];
            var expected = Evidence(obligation, fileBytes);
            var attached = files.Where(f => f.ReportId == report.Id).ToList();
            var whole = report.WhatWasDone == RushRun.WhatWasDone && (expected is null
                ? attached.Count == 0
                : attached.Count == 1 && attached[0].ContentSha256 == Sha256(expected)
                    && contents.GetValueOrDefault(attached[0].ContentSha256!) is { } bytes && Sha256(bytes) == attached[0].ContentSha256);
            halfWritten += whole ? 0 : 1;
        }

        var duplicated = byObligation.Count(g => g.Value.Count > 1);
        var keys = scope.ServiceProvider.GetRequiredService<AuditKeys>();
        var chains = await db.AuditEntries.Select(a => a.ChainId).Distinct().ToListAsync();
        var trail = new AuditTrail(db, TimeProvider.System, keys);
        var intact = 0;
        foreach (var chain in chains)
        {
            intact += (await trail.VerifyChainAsync(chain)).IsIntact ? 1 : 0;
        }

        return new Check(found, lost, duplicated, halfWritten, chains.Count, intact);
    }

    private static string Sha256(byte[] bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));
}
