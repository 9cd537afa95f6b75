using AntiCor.Core.Audit;
using AntiCor.Core.Audit.Keys;
using AntiCor.Core.Data;
using AntiCor.Core.Domain;
using BenchmarkDotNet.Attributes;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace AntiCor.Bench;

/// <summary>
/// The audit chain's append under contention, as the app runs it (a SQLite file in WAL mode, the
/// keyed chain, the write gate): 8 writers at once, each saving 25 times one audited change, into
/// one organisation's chain or each into its own organisation's. On SQLite both queue behind the
/// single writer; the figure says what one append costs when the chain is contended, and whether
/// chains per organisation add anything. With ANTICOR_BENCH_PG set to a PostgreSQL connection
/// string the same runs on PostgreSQL too, where the organisations' chains take separate locks.
/// </summary>
[MemoryDiagnoser]
[ShortRunJob]
public class AuditAppendBenchmarks
{
    private const int Writers = 8;
    private const int SavesPerWriter = 25;

    private string _folder = "";
    private ServiceProvider _services = null!;
    private Guid[] _organizations = [];

    [Params(1, Writers)]
    public int Organizations { get; set; }

    [ParamsSource(nameof(Providers))]
    public string Provider { get; set; } = "Sqlite";

    public static IEnumerable<string> Providers() =>
        string.IsNullOrEmpty(Environment.GetEnvironmentVariable("ANTICOR_BENCH_PG")) ? ["Sqlite"] : ["Sqlite", "Postgres"];

    [GlobalSetup]
    public void Setup()
    {
        _folder = Path.Combine(Path.GetTempPath(), $"anticor-audit-bench-{Guid.NewGuid():N}");
        Directory.CreateDirectory(_folder);
        var settings = new Dictionary<string, string?> { ["Database:Provider"] = Provider, ["Data:Folder"] = _folder };
        if (Provider == "Postgres")
        {
            // A database of its own on the server named, dropped in the cleanup.
            var builder = new Npgsql.NpgsqlConnectionStringBuilder(Environment.GetEnvironmentVariable("ANTICOR_BENCH_PG")) { Database = $"anticor_audit_bench_{Guid.NewGuid():N}" };
            settings[$"ConnectionStrings:{DatabaseOptions.ConnectionName}"] = builder.ConnectionString;
        }

        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        _services = new ServiceCollection()
            .AddSingleton(TimeProvider.System)
            .AddSingleton<IAuditActor>(SystemActor.Instance)
            .AddSingleton(AuditKeys.Load(configuration, _folder))
            .AddAntiCorDatabase(DatabaseSetup.ReadOptions(configuration, _folder))
            .BuildServiceProvider();
        DatabaseSetup.MigrateAsync(_services).GetAwaiter().GetResult();
        using var scope = _services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        _organizations = [.. Enumerable.Range(0, Organizations).Select(i =>
        {
            var organization = new Organization($"Громада {i + 1}", OrganizationKind.VillageCouncil, $"audit-bench-{i + 1}");
            db.Organizations.Add(organization);
            return organization.Id;
        })];
        db.SaveChanges();
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        if (Provider == "Postgres")
        {
            using var scope = _services.CreateScope();
            scope.ServiceProvider.GetRequiredService<AppDbContext>().Database.EnsureDeleted();
        }

        _services.Dispose();
        Directory.Delete(_folder, recursive: true);
    }

    /// <summary>Eight writers at once, 25 saves each: 200 appends per operation.</summary>
    [Benchmark]
    public Task EightWritersAtOnce() => Task.WhenAll(Enumerable.Range(0, Writers).Select(writer => Task.Run(async () =>
    {
        var organization = _organizations[writer % _organizations.Length];
        for (var i = 0; i < SavesPerWriter; i++)
        {
            await using var scope = _services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            db.RecordAudit(new AuditEvent("bench", "Bench", $"{writer}-{i}", "{\"step\":{\"to\":\"1\"}}") { OrganizationId = organization });
            await db.SaveChangesAsync();
        }
    })));
}
