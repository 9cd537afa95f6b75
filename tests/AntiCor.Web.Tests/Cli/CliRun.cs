using AntiCor.Cli;
using AntiCor.Core.Audit.Keys;
using AntiCor.Core.Data;
using AntiCor.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace AntiCor.Web.Tests.Cli;

/// <summary>The `anticor` command run in-process against a throwaway database of the provider under test.</summary>
public sealed class CliRun : IAsyncLifetime
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), $"anticor-cli-tests-{Guid.NewGuid():N}");
    private readonly TestDatabase _database;

    public CliRun() => _database = TestDatabase.FromEnvironment(_folder);

    public string Folder => _folder;

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(_folder);
        await _database.CreateAsync();
        var (code, _, error) = await RunAsync("migrate");
        Assert.True(code == 0, error);
    }

    public async Task<(int Code, string Out, string Error)> RunAsync(params string[] args)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Database:Provider"] = _database.Provider,
            [$"ConnectionStrings:{DatabaseOptions.ConnectionName}"] = _database.ConnectionString,
            ["Data:Folder"] = _folder,
        }).Build();
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var code = await CliApp.RunAsync(args, stdout, stderr, configuration);
        return (code, stdout.ToString(), stderr.ToString());
    }

    public async Task<T> QueryAsync<T>(Func<AppDbContext, Task<T>> query)
    {
        var builder = new DbContextOptionsBuilder<AppDbContext>();
        DatabaseSetup.Configure(builder, new DatabaseOptions(Enum.Parse<DatabaseProvider>(_database.Provider), _database.ConnectionString));
        await using var db = new AppDbContext(builder.Options);
        return await query(db);
    }

    /// <summary>
    /// The database with the app's own registration (audit interceptor included), for services under test.
    /// With the chain key the CLI created in this data folder: rows written without it after keyed ones are forgeries to verify.
    /// The audit trail stamps its rows with the test's own clock.
    /// </summary>
    public ServiceProvider Services(TimeProvider clock) =>
        new ServiceCollection()
            .AddSingleton(clock)
            .AddSingleton(AuditKeys.Load(new ConfigurationBuilder().Build(), _folder))
            .AddAntiCorDatabase(new DatabaseOptions(Enum.Parse<DatabaseProvider>(_database.Provider), _database.ConnectionString))
            .BuildServiceProvider();

    public string WriteFile(string name, byte[] content)
    {
        var path = Path.Combine(_folder, name);
        File.WriteAllBytes(path, content);
        return path;
    }

    public async Task DisposeAsync()
    {
        await _database.DisposeAsync();
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }
}
