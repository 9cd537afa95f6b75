extern alias web;

using AntiCor.Core.Data;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace AntiCor.Web.Tests.Support.SingleSignOn;

/// <summary>
/// The app on a throwaway database of its own, configured for single sign-on against a
/// <see cref="TestIdentityProvider"/> started first. Kept apart from the shared
/// <see cref="AntiCorFactory"/>, whose app has no `Oidc` section.
/// </summary>
public sealed class SingleSignOnFactory : WebApplicationFactory<web::Program>, IAsyncLifetime
{
    public const string DisplayName = "Міський вхід";

    /// <summary>External role values and the AntiCor roles they map to; "visitor" is deliberately unmapped.</summary>
    public static readonly IReadOnlyDictionary<string, string> RoleMap = new Dictionary<string, string>
    {
        ["anticor-executor"] = "Executor",
        ["anticor-coordinator"] = "Coordinator",
        ["anticor-auditor"] = "Auditor",
    };

    private readonly string _folder = Path.Combine(Path.GetTempPath(), $"anticor-sso-tests-{Guid.NewGuid():N}");
    private readonly TestDatabase _database;
    private readonly System.Collections.Concurrent.ConcurrentBag<Browser> _browsers = [];

    public SingleSignOnFactory() => _database = TestDatabase.FromEnvironment(_folder);

    public TestIdentityProvider Provider { get; } = new();

    public Accounts.CapturedLog Log { get; } = new();

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(_folder);
        await Provider.StartAsync(new Uri($"http://{Browser.AppHost}/signin-oidc"));
        await _database.CreateAsync();
        _ = Server;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("Database:Provider", _database.Provider);
        builder.UseSetting($"ConnectionStrings:{DatabaseOptions.ConnectionName}", _database.ConnectionString);
        builder.UseSetting("Data:Folder", _folder);
        Infrastructure.RateLimitTestSetup.LiftRateLimits(builder);
        Accounts.AccountTestSetup.ConfigureAccountTests(builder, Log);

        builder.UseSetting("Oidc:Authority", Provider.Authority.ToString());
        builder.UseSetting("Oidc:ClientId", TestIdentityProvider.ClientId);
        builder.UseSetting("Oidc:ClientSecret", TestIdentityProvider.ClientSecret);
        builder.UseSetting("Oidc:DisplayName", DisplayName);
        builder.UseSetting("Oidc:RequireHttpsMetadata", "false");
        foreach (var (external, role) in RoleMap)
        {
            builder.UseSetting($"Oidc:RoleMap:{external}", role);
        }
    }

    /// <summary>A browser whose requests to http://localhost reach this app and all others the network.</summary>
    public (Browser Browser, HttpClient Client) NewBrowser()
    {
        var browser = new Browser(Server.CreateHandler());
        _browsers.Add(browser);
        return (browser, new HttpClient(browser, disposeHandler: false) { BaseAddress = new Uri($"http://{Browser.AppHost}/") });
    }

    public async Task<T> QueryAsync<T>(Func<AppDbContext, Task<T>> query)
    {
        await using var scope = Services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<AppDbContext>());
    }

    async Task IAsyncLifetime.DisposeAsync()
    {
        foreach (var browser in _browsers)
        {
            browser.Dispose();
        }

        await base.DisposeAsync();
        await _database.DisposeAsync();
        await Provider.DisposeAsync();
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }
}

/// <summary>The single sign-on tests share one app and one provider.</summary>
[CollectionDefinition(Name)]
public sealed class SingleSignOnCollection : ICollectionFixture<SingleSignOnFactory>
{
    public const string Name = "single-sign-on";
}
