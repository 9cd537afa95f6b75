extern alias web;

using System.Diagnostics;
using System.Net;
using AntiCor.Core.Data;
using AntiCor.Core.Security;
using AntiCor.Web.Tests.Support;
using AntiCor.Web.Tests.Support.Accounts;
using Microsoft.EntityFrameworkCore;

namespace AntiCor.Web.Tests.Security;

/// <summary>Demo mode on a database of its own: its accounts, its refusal of real data, and its accounts locked outside it.</summary>
public sealed class DemoModeTests : IAsyncLifetime
{
    private const string Refusal = "Демонстраційний режим не запущено: у цій базі даних є справжні облікові записи";
    private readonly SharedDatabase _db = new();

    public Task InitializeAsync() => _db.InitializeAsync();

    public Task DisposeAsync() => _db.DisposeAsync();

    private NodeFactory Demo() => new NodeFactory(_db, settings: new Dictionary<string, string?> { ["Demo:Enabled"] = "true" }).Started();

    [Fact]
    public async Task Demo_mode_seeds_one_account_per_role_documents_them_on_the_sign_in_page_and_shows_the_banner()
    {
        await using var demo = Demo();

        var login = await HtmlPage.GetAsync(demo.NewClient(), "/account/login");
        var home = await HtmlPage.GetAsync(demo.NewClient(), "/o/kropyvnytskyi");

        Assert.Contains("ДЕМОНСТРАЦІЙНИЙ РЕЖИМ", HtmlPage.Text(home.Single("[data-demo-banner]")));
        Assert.Equal(DemoAccounts.TotpKey, HtmlPage.Text(login.Single("[data-demo-totp-key]")));
        Assert.Equal(Roles.All.Order(), login.All("[data-demo-role]").Select(r => r.GetAttribute("data-demo-role")!).Order());
        var unit = await demo.UnitIdAsync(DemoAccounts.ExecutorUnit);
        var executor = DemoAccounts.All.Single(a => a.Role == Roles.Executor);
        Assert.True(await demo.QueryAsync(db => db.Users.Where(u => u.Email == executor.Email)
            .AnyAsync(u => db.UserUnits.Any(x => x.UserId == u.Id && x.OrgUnitId == unit))));
        Assert.Equal(DemoAccounts.All.Count, await demo.QueryAsync(db => db.Users.CountAsync()));

        foreach (var account in DemoAccounts.All)
        {
            var client = await demo.SignedInClientAsync(await AccountAsync(demo, account));
            var landing = await client.GetAsync(account.Role == Roles.Executor ? "/my/obligations" : "/o/kropyvnytskyi");
            Assert.Equal(HttpStatusCode.OK, landing.StatusCode);
        }
    }

    [Fact]
    public async Task Outside_demo_mode_there_is_no_banner_and_no_demo_accounts_on_the_sign_in_page()
    {
        await using var node = new NodeFactory(_db).Started();

        var login = await HtmlPage.GetAsync(node.NewClient(), "/account/login");

        Assert.Null(login.Document.QuerySelector("[data-demo-banner]"));
        Assert.Null(login.Document.QuerySelector("[data-demo-accounts]"));
    }

    [Fact]
    public void The_demo_switch_on_the_command_line_maps_to_the_configuration_key()
    {
        Assert.Equal(["--Demo:Enabled=true", "--urls", "http://x"], web::AntiCor.Web.Infrastructure.DemoMode.MapArguments(["--demo", "--urls", "http://x"]));
    }

    [Fact]
    public async Task Demo_mode_on_a_database_with_real_accounts_says_why_and_seeds_nothing()
    {
        await using (new NodeFactory(_db).Started())
        {
            // An ordinary first start: the administrator is a real account.
        }

        await using var demo = Demo();

        Assert.Contains(demo.Log.Messages, m => m.StartsWith(Refusal, StringComparison.Ordinal));
        var emails = DemoAccounts.All.Select(a => a.Email).ToList();
        Assert.False(await demo.QueryAsync(db => db.Users.AnyAsync(u => emails.Contains(u.Email!))));
        Assert.Equal(1, await demo.QueryAsync(db => db.Users.CountAsync()));
    }

    [Fact]
    public async Task The_app_started_with_demo_on_real_data_exits_non_zero_with_one_Ukrainian_line_on_stderr()
    {
        await using (new NodeFactory(_db).Started())
        {
        }

        var (code, stderr) = await RunAppAsync("--demo");

        Assert.Equal(1, code);
        var line = Assert.Single(stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        Assert.StartsWith(Refusal, line);
    }

    [Fact]
    public async Task Demo_accounts_are_locked_when_the_app_starts_without_demo_and_unlocked_when_it_starts_with_it()
    {
        var executor = DemoAccounts.All.Single(a => a.Role == Roles.Executor);
        await using (var demo = Demo())
        {
            await demo.SignedInClientAsync(await AccountAsync(demo, executor));
        }

        HttpResponseMessage refused;
        await using (var plain = new NodeFactory(_db).Started())
        {
            refused = await plain.NewClient().PostFormAsync("/account/login", new() { ["Input.Email"] = executor.Email, ["Input.Password"] = executor.Password });
            Assert.Contains(plain.Log.Messages, m => m.StartsWith("Демонстраційні облікові записи заблоковано", StringComparison.Ordinal));
            Assert.Equal(DemoAccounts.All.Count, await plain.QueryAsync(db => db.Users.CountAsync(u => u.LockoutEnd != null)));
        }

        await using var again = Demo();
        var client = await again.SignedInClientAsync(await AccountAsync(again, executor));

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("заблоковано", WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync()));
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/my/obligations")).StatusCode);
        Assert.Equal(0, await again.QueryAsync(db => db.Users.CountAsync(u => u.LockoutEnd != null)));
    }

    [Fact]
    public async Task Refusal_counts_every_account_that_is_not_a_demo_account()
    {
        await using var demo = Demo();

        var onDemoAccounts = await demo.QueryAsync(db => web::AntiCor.Web.Infrastructure.DemoGuard.RefusalAsync(db));
        await demo.CreateAsync(Roles.Executor);
        var withOneReal = await demo.QueryAsync(db => web::AntiCor.Web.Infrastructure.DemoGuard.RefusalAsync(db));

        Assert.Null(onDemoAccounts);
        Assert.StartsWith(Refusal + " (1)", withOneReal);
    }

    private static async Task<TestUser> AccountAsync(NodeFactory node, DemoAccount account)
    {
        var id = await node.QueryAsync(db => db.Users.Where(u => u.Email == account.Email).Select(u => u.Id).SingleAsync());
        return new TestUser(id, account.Email, account.Password, account.TotpKey);
    }

    /// <summary>The web app as an operator starts it (`dotnet AntiCor.Web.dll ...`), on this test's database.</summary>
    private async Task<(int Code, string Error)> RunAppAsync(params string[] args)
    {
        var dll = WebAppAssembly();
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = Path.GetDirectoryName(dll)!,
            RedirectStandardError = true,
            RedirectStandardOutput = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(dll);
        foreach (var arg in (string[])[.. args, "--urls", "http://127.0.0.1:0"])
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Testing";
        start.Environment["Database__Provider"] = _db.Provider;
        start.Environment[$"ConnectionStrings__{DatabaseOptions.ConnectionName}"] = _db.ConnectionString;
        start.Environment["Data__Folder"] = _db.Folder;
        start.Environment["Jobs__Polling"] = "false";
        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEndAsync();
        using var limit = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        try
        {
            await process.WaitForExitAsync(limit.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new Xunit.Sdk.XunitException($"The app did not exit: it started serving. Output: {await output}");
        }

        return (process.ExitCode, await error);
    }

    /// <summary>The web app's own build output (with its runtimeconfig), beside the tests' copy or in src/.</summary>
    private static string WebAppAssembly()
    {
        var copy = typeof(web::Program).Assembly.Location;
        if (File.Exists(Path.ChangeExtension(copy, ".runtimeconfig.json")))
        {
            return copy;
        }

        var testBin = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
        var configuration = testBin.Parent!.Name;
        var root = testBin;
        while (root is not null && !File.Exists(Path.Combine(root.FullName, "AntiCor.slnx")))
        {
            root = root.Parent;
        }

        return Path.Combine(root?.FullName ?? throw new InvalidOperationException("AntiCor.slnx not found above the test output."),
            "src", "AntiCor.Web", "bin", configuration, testBin.Name, "AntiCor.Web.dll");
    }
}
