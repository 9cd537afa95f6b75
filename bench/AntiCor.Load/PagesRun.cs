using System.Globalization;
using System.Net;
using AntiCor.Core.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace AntiCor.Load;

/// <summary>
/// The pages people open every day, on a national-scale store made by anticor-bench-data: the
/// first hromada's period board (its busiest quarter) and programme overview, as its coordinator
/// sees them, and, as anyone sees them, the list of organisations and that hromada's public
/// programme page. Each page is opened once untimed, then --rounds times in turn.
/// </summary>
internal static class PagesRun
{
    // What anticor-bench-data gives every coordinator it makes.
    private const string Password = "bench-data-parol-2026";
    private const string AuthenticatorKey = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP";
    private const string Slug = "hromada-0001";

    public static async Task<string> RunAsync(LoadOptions options)
    {
        var settings = new Dictionary<string, string>
        {
            ["Database:Provider"] = options.Provider,
            [$"ConnectionStrings:{DatabaseOptions.ConnectionName}"] = options.Connection ?? $"Data Source={Path.Combine(options.Folder!, "anticor.db")}",
            ["Data:Folder"] = options.Folder!,
            ["Jobs:Polling"] = "false",
            ["RateLimits:SignIn:PermitLimit"] = "10000000",
        };
        var (programme, period, organizations, reports) = await WhatToOpenAsync(settings);
        await using var server = new ServerProcess(settings, options.ServerCpu);
        await server.StartAsync();
        using var coordinator = new WebSession(server.Address);
        await coordinator.SignInAsync(new LoadUser($"coordinator@{Slug}.bench.anticor.local", AuthenticatorKey, null, Password));
        using var citizen = new WebSession(server.Address);
        (string Name, WebSession Session, string Url)[] pages =
        [
            ("period board", coordinator, $"/programmes/{programme}/periods/{period}"),
            ("programme overview", coordinator, $"/programmes/{programme}/overview"),
            ("organisations", citizen, "/organizations/progress"),
            ("public programme page", citizen, $"/o/{Slug}/programmes/{programme}"),
        ];
        var times = pages.ToDictionary(p => p.Name, _ => new Latencies());
        var sizes = new Dictionary<string, int>();
        foreach (var (name, session, url) in pages)
        {
            sizes[name] = (await OpenAsync(session, url)).Length;
        }

        for (var round = 0; round < options.Rounds; round++)
        {
            foreach (var (name, session, url) in pages)
            {
                var (status, _, elapsed) = await session.GetAsync(url);
                if (status != HttpStatusCode.OK)
                {
                    throw new InvalidOperationException($"{url} answered {(int)status}.");
                }

                times[name].Add(elapsed);
            }
        }

        var rss = server.PeakRssMb();
        var figures = string.Join("; ", pages.Select(p => string.Create(CultureInfo.InvariantCulture,
            $"{p.Name} p50 {times[p.Name].Percentile(50):0.0} / p95 {times[p.Name].Percentile(95):0.0} ms ({sizes[p.Name] / 1024} KB)")));
        return string.Create(CultureInfo.InvariantCulture, $"pages on {organizations:N0} organisations and {reports:N0} reports: {figures}; server peak RSS {rss} MB");
    }

    private static async Task<string> OpenAsync(WebSession session, string url)
    {
        var (status, html, _) = await session.GetAsync(url);
        return status == HttpStatusCode.OK ? html : throw new InvalidOperationException($"{url} answered {(int)status}.");
    }

    private static async Task<(Guid Programme, string Period, int Organizations, int Reports)> WhatToOpenAsync(Dictionary<string, string> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings!).Build();
        await using var services = new ServiceCollection().AddAntiCorDatabase(DatabaseSetup.ReadOptions(configuration, settings["Data:Folder"])).BuildServiceProvider();
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var organization = await db.Organizations.SingleAsync(o => o.Slug == Slug);
        var programme = await db.Programmes.Where(p => p.OrganizationId == organization.Id).Select(p => p.Id).FirstAsync();
        var busiest = await db.Obligations.Where(o => o.ProgrammeId == programme).GroupBy(o => o.PeriodId)
            .Select(g => new { g.Key, Count = g.Count() }).OrderByDescending(g => g.Count).FirstAsync();
        var period = await db.ReportingPeriods.Where(p => p.Id == busiest.Key).Select(p => p.Key).SingleAsync();
        return (programme, period, await db.Organizations.CountAsync(), await db.Reports.CountAsync());
    }
}
