using AntiCor.Cli;
using AntiCor.Core.Data;
using AntiCor.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;

namespace AntiCor.Web.Tests.Archive;

/// <summary>
/// The `anticor` command on one database of a provider chosen by the test (an archive goes from
/// one to another), with its own data folder and evidence folder. Nothing is migrated until a
/// command does it: an import needs an empty database.
/// </summary>
public sealed class ArchiveCli : IAsyncDisposable
{
    private readonly TestDatabase _database;

    private ArchiveCli(TestDatabase database, string folder)
    {
        _database = database;
        Folder = folder;
    }

    public string Folder { get; }

    public string EvidenceFolder => Path.Combine(Folder, "evidence");

    public string Provider => _database.Provider;

    /// <summary>Without an evidence folder the deployment keeps evidence bytes in the database.</summary>
    public bool UsesEvidenceFolder { get; init; } = true;

    public static Task<ArchiveCli> SqliteAsync(bool evidenceFolder = true) =>
        CreateAsync(folder => new SqliteTestDatabase(folder), evidenceFolder);

    /// <summary>The provider under test (ANTICOR_TEST_DB): PostgreSQL on the PostgreSQL run.</summary>
    public static Task<ArchiveCli> UnderTestAsync(bool evidenceFolder = true) =>
        CreateAsync(TestDatabase.FromEnvironment, evidenceFolder);

    private static async Task<ArchiveCli> CreateAsync(Func<string, TestDatabase> database, bool evidenceFolder)
    {
        var folder = Path.Combine(Path.GetTempPath(), $"anticor-archive-tests-{Guid.NewGuid():N}");
        Directory.CreateDirectory(folder);
        var cli = new ArchiveCli(database(folder), folder) { UsesEvidenceFolder = evidenceFolder };
        await cli._database.CreateAsync();
        return cli;
    }

    /// <summary>The same audit keys as <paramref name="other"/>: a chain moved between deployments verifies only under its key.</summary>
    public void ShareKeysWith(ArchiveCli other)
    {
        foreach (var key in new[] { "audit-chain.key", "audit-signing.key" })
        {
            File.Copy(Path.Combine(other.Folder, key), Path.Combine(Folder, key), overwrite: true);
        }
    }

    public async Task<(int Code, string Out, string Error)> RunAsync(params string[] args)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Database:Provider"] = _database.Provider,
            [$"ConnectionStrings:{DatabaseOptions.ConnectionName}"] = _database.ConnectionString,
            ["Data:Folder"] = Folder,
        };
        if (UsesEvidenceFolder)
        {
            settings["Evidence:Folder"] = EvidenceFolder;
        }

        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var code = await CliApp.RunAsync(args, stdout, stderr, new ConfigurationBuilder().AddInMemoryCollection(settings).Build());
        return (code, stdout.ToString(), stderr.ToString());
    }

    public async Task<(int Code, string Out, string Error)> RunOkAsync(params string[] args)
    {
        var result = await RunAsync(args);
        Assert.True(result.Code == 0, $"anticor {string.Join(' ', args)}: {result.Out}{result.Error}");
        return result;
    }

    /// <summary>A system context on this database (no tenant filter, no audit interceptor).</summary>
    public async Task<T> QueryAsync<T>(Func<AppDbContext, Task<T>> query)
    {
        var builder = new DbContextOptionsBuilder<AppDbContext>();
        DatabaseSetup.Configure(builder, Options);
        await using var db = new AppDbContext(builder.Options);
        return await query(db);
    }

    public DatabaseOptions Options => new(Enum.Parse<DatabaseProvider>(_database.Provider), _database.ConnectionString);

    public string FilePath(string name) => Path.Combine(Folder, name);

    public async ValueTask DisposeAsync()
    {
        await _database.DisposeAsync();
        if (Directory.Exists(Folder))
        {
            Directory.Delete(Folder, recursive: true);
        }
    }
}
