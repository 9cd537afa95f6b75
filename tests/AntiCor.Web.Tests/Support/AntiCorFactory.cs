extern alias web;

using AntiCor.Core.Data;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace AntiCor.Web.Tests.Support;

/// <summary>
/// The app hosted in memory on its own throwaway database and data folder, shared by every
/// test class of the collection. Its first start migrates and seeds, as a real first start does.
/// </summary>
public sealed class AntiCorFactory : WebApplicationFactory<web::Program>, IAsyncLifetime
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), $"anticor-web-tests-{Guid.NewGuid():N}");
    private readonly TestDatabase _database;

    public AntiCorFactory() => _database = TestDatabase.FromEnvironment(_folder);

    public string ProviderName => _database.Provider;

    /// <summary>The app's data folder: its audit keys and witness file, which a CLI run on the same database must share.</summary>
    public string Folder => _folder;

    /// <summary>What the app logged (the first start's one-time administrator password among it).</summary>
    public Accounts.CapturedLog Log { get; } = new();

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(_folder);
        await _database.CreateAsync();
        _ = Server;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        // Not Development: the tests see the pipeline that production runs.
        builder.UseEnvironment("Testing");
        builder.UseSetting("Database:Provider", _database.Provider);
        builder.UseSetting($"ConnectionStrings:{DatabaseOptions.ConnectionName}", _database.ConnectionString);
        builder.UseSetting("Data:Folder", _folder);
        Infrastructure.RateLimitTestSetup.LiftRateLimits(builder);
        Accounts.AccountTestSetup.ConfigureAccountTests(builder, Log);
    }

    /// <summary>Runs a query on the app's database in a scope of its own.</summary>
    public async Task<T> QueryAsync<T>(Func<AppDbContext, Task<T>> query)
    {
        await using var scope = Services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<AppDbContext>());
    }

    async Task IAsyncLifetime.DisposeAsync()
    {
        await base.DisposeAsync();
        await _database.DisposeAsync();
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }
}
