using System.Globalization;
using System.Net;

namespace AntiCor.Load;

/// <summary>The coordinator opens the period board again and again, as on a deadline day; one request at a time.</summary>
internal static class BoardRun
{
    public static async Task<string> RunAsync(Uri server, LoadCity city, int rounds)
    {
        using var coordinator = new WebSession(server);
        await coordinator.SignInAsync(city.Coordinator);
        var url = $"/programmes/{city.ProgrammeId}/periods/{city.PeriodKey}";
        var size = 0;
        for (var i = 0; i < 20; i++)
        {
            size = Checked(await coordinator.GetAsync(url)).Length;
        }

        // The baseline, requested in turn with the board: the coordinator's list of periods, a small
        // page through the same sign-in, tenancy and layout, so the ratio is the board's own cost.
        var baseline = $"/programmes/{city.ProgrammeId}/periods";
        var times = new Latencies();
        var baseTimes = new Latencies();
        for (var i = 0; i < rounds; i++)
        {
            var (status, html, elapsed) = await coordinator.GetAsync(url);
            Checked((status, html, elapsed));
            times.Add(elapsed);
            var (baseStatus, baseHtml, baseElapsed) = await coordinator.GetAsync(baseline);
            Checked((baseStatus, baseHtml, baseElapsed));
            baseTimes.Add(baseElapsed);
        }

        return string.Create(CultureInfo.InvariantCulture,
            $"board {city.PeriodKey}: {city.Obligations} obligations, {size / 1024} KB: {times.Summary(50, 95)}; " +
            $"period list (baseline): {baseTimes.Summary(50, 95)}; ratio at p50 {times.Percentile(50) / baseTimes.Percentile(50):0.0}");
    }

    private static string Checked((HttpStatusCode Status, string Html, TimeSpan Elapsed) answer) =>
        answer.Status == HttpStatusCode.OK ? answer.Html : throw new InvalidOperationException($"The board answered {(int)answer.Status}.");
}
