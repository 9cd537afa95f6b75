extern alias web;

using AntiCor.Core.Data;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace AntiCor.Load;

/// <summary>
/// The real app on Kestrel at a loopback port, on a throwaway store: a SQLite file in a temporary
/// folder, or a new database on the PostgreSQL server given. Its first start migrates and loads the
/// seed programme, as a real first start does. Jobs do not poll, so the run measures requests only.
/// </summary>
internal sealed class LoadHost : WebApplicationFactory<web::Program>
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), $"anticor-load-{Guid.NewGuid():N}");
    private readonly string _provider;
    private readonly string? _postgresAdmin;
    private readonly string _database = $"anticor_load_{Guid.NewGuid():N}";

    public LoadHost(LoadOptions options)
    {
        _provider = options.Provider;
        _postgresAdmin = options.PostgresAdmin;
        Directory.CreateDirectory(_folder);
        UseKestrel(0);
    }

    private string ConnectionString => _provider == "Sqlite"
        ? $"Data Source={Path.Combine(_folder, "anticor.db")}"
        : new NpgsqlConnectionStringBuilder(_postgresAdmin) { Database = _database, MaxPoolSize = 200 }.ConnectionString;

    public async Task StartAsync()
    {
        if (_provider == "Postgres")
        {
            await using var admin = new NpgsqlConnection(_postgresAdmin);
            await admin.OpenAsync();
            await using var create = new NpgsqlCommand($"CREATE DATABASE \"{_database}\"", admin);
            await create.ExecuteNonQueryAsync();
        }

        StartServer();
    }

    /// <summary>The configuration both hosts run with: the store, no polling jobs, no per-address limits.</summary>
    public IReadOnlyDictionary<string, string> Settings
    {
        get
        {
            var settings = new Dictionary<string, string>
            {
                ["Database:Provider"] = _provider,
                [$"ConnectionStrings:{DatabaseOptions.ConnectionName}"] = ConnectionString,
                ["Data:Folder"] = _folder,
                ["Jobs:Polling"] = "false",
            };
            // Every client of the run comes from 127.0.0.1: the per-address limits would see one guesser.
            foreach (var policy in new[] { "SignIn", "PasswordReset", "Upload", "Export" })
            {
                settings[$"RateLimits:{policy}:PermitLimit"] = "10000000";
            }

            return settings;
        }
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Production");
        builder.UseContentRoot(WebProjectFolder());
        foreach (var (key, value) in Settings)
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureLogging(l => l.SetMinimumLevel(LogLevel.Warning));
    }

    /// <summary>The web project's folder (its wwwroot and settings), found from the repository this tool runs in.</summary>
    public static string WebProjectFolder()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "AntiCor.slnx")))
            {
                return Path.Combine(folder.FullName, "src", "AntiCor.Web");
            }
        }

        throw new InvalidOperationException("Run the load tool from the AntiCor repository (AntiCor.slnx not found above it).");
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        if (_provider == "Postgres")
        {
            NpgsqlConnection.ClearAllPools();
            await using var admin = new NpgsqlConnection(_postgresAdmin);
            await admin.OpenAsync();
            await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{_database}\" WITH (FORCE)", admin);
            await drop.ExecuteNonQueryAsync();
        }

        Directory.Delete(_folder, recursive: true);
    }
}
