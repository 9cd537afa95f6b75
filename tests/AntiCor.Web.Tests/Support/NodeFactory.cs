extern alias web;

using AntiCor.Core.Data;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace AntiCor.Web.Tests.Support;

/// <summary>
/// One throwaway database (and data folder) that several app hosts share, as the nodes of one
/// deployment behind a load balancer do. Created empty; the first node to start migrates and seeds it.
/// </summary>
public sealed class SharedDatabase : IAsyncLifetime
{
    private readonly TestDatabase _database;

    public SharedDatabase() => _database = TestDatabase.FromEnvironment(Folder);

    public string Folder { get; } = Path.Combine(Path.GetTempPath(), $"anticor-node-tests-{Guid.NewGuid():N}");

    public string Provider => _database.Provider;

    public string ConnectionString => _database.ConnectionString;

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(Folder);
        await _database.CreateAsync();
    }

    public async Task DisposeAsync()
    {
        await _database.DisposeAsync();
        if (Directory.Exists(Folder))
        {
            Directory.Delete(Folder, recursive: true);
        }
    }
}

/// <summary>
/// One node of the app on a <see cref="SharedDatabase"/>: a host of its own (own DI container,
/// job runner, data-protection key ring cache), with an optional fake clock and extra settings.
/// Disposing it is the node's shutdown; a new one on the same database is its restart.
/// </summary>
public sealed class NodeFactory(
    SharedDatabase database,
    FakeTimeProvider? time = null,
    IReadOnlyDictionary<string, string?>? settings = null,
    Action<IServiceCollection>? services = null)
    : WebApplicationFactory<web::Program>
{
    public Accounts.CapturedLog Log { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("Database:Provider", database.Provider);
        builder.UseSetting($"ConnectionStrings:{DatabaseOptions.ConnectionName}", database.ConnectionString);
        builder.UseSetting("Data:Folder", database.Folder);
        Infrastructure.RateLimitTestSetup.LiftRateLimits(builder);
        Accounts.AccountTestSetup.ConfigureAccountTests(builder, Log);
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            builder.UseSetting(key, value);
        }

        if (time is not null)
        {
            builder.ConfigureTestServices(s => s.AddSingleton<TimeProvider>(time));
        }

        if (services is not null)
        {
            builder.ConfigureTestServices(services);
        }
    }

    /// <summary>Starts the node (migrating and seeding a new database) and returns it.</summary>
    public NodeFactory Started()
    {
        _ = Server;
        return this;
    }

    public async Task<T> QueryAsync<T>(Func<AppDbContext, Task<T>> query)
    {
        await using var scope = Services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<AppDbContext>());
    }
}
