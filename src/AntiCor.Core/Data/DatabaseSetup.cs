using AntiCor.Core.Audit;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace AntiCor.Core.Data;

/// <summary>Chooses the provider from configuration and migrates the store at start.</summary>
public static class DatabaseSetup
{
    public const string SqliteMigrationsAssembly = "AntiCor.Migrations.Sqlite";
    public const string PostgresMigrationsAssembly = "AntiCor.Migrations.Postgres";

    public static DatabaseOptions ReadOptions(IConfiguration configuration, string dataFolder)
    {
        var providerText = configuration["Database:Provider"];
        var provider = DatabaseProvider.Sqlite;
        if (!string.IsNullOrWhiteSpace(providerText) && !Enum.TryParse(providerText, ignoreCase: true, out provider))
        {
            throw new InvalidOperationException(
                $"Database:Provider = '{providerText}' не підтримується; можливі значення: Sqlite, Postgres.");
        }

        var connectionString = configuration.GetConnectionString(DatabaseOptions.ConnectionName);
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            if (provider == DatabaseProvider.Postgres)
            {
                throw new InvalidOperationException("Для PostgreSQL потрібен рядок підключення ConnectionStrings:AntiCor.");
            }

            Directory.CreateDirectory(dataFolder);
            connectionString = $"Data Source={Path.Combine(dataFolder, "anticor.db")}";
        }

        return new DatabaseOptions(provider, connectionString);
    }

    public static void Configure(DbContextOptionsBuilder builder, DatabaseOptions options)
    {
        // A cited parent programme whose every field is empty is no parent at all: reading it back as null is right.
        builder.ConfigureWarnings(w => w.Ignore(
            RelationalEventId.OptionalDependentWithoutIdentifyingPropertyWarning,
            // A measure's executors and a programme's warnings are reached only through their filtered owners.
            CoreEventId.PossibleIncorrectRequiredNavigationWithQueryFilterInteractionWarning));
        if (options.Provider == DatabaseProvider.Postgres)
        {
            builder.UseNpgsql(PostgresConnectionDefaults.Apply(options.ConnectionString), o => o.MigrationsAssembly(PostgresMigrationsAssembly));
        }
        else
        {
            // Ten statements a command: Microsoft.Data.Sqlite binds every parameter of a command to
            // each of its statements by name, so a command's cost grows with the square of its size;
            // EF's default batches made a bulk save (the benchmark generator's) a quarter slower.
            builder.UseSqlite(options.ConnectionString, o => o.MigrationsAssembly(SqliteMigrationsAssembly).MaxBatchSize(10));
            builder.AddInterceptors(new SqliteConnectionSettings(), new SqliteWriteGate());
        }
    }

    public static IServiceCollection AddAntiCorDatabase(this IServiceCollection services, DatabaseOptions options)
    {
        services.AddSingleton(options);
        services.TryAddScoped(_ => Tenancy.TenantScope.System());
        services.AddDbContext<AppDbContext>((provider, builder) =>
        {
            Configure(builder, options);
            builder.AddInterceptors(new AuditTrailInterceptor(
                provider.GetService<TimeProvider>() ?? TimeProvider.System,
                provider.GetService<IAuditActor>() ?? SystemActor.Instance,
                provider.GetService<Audit.Keys.AuditKeys>()?.Chain));

            // The host's own interceptors (the web app's cache eviction), after the audit trail's,
            // so that they see the audit's transaction already committed.
            builder.AddInterceptors(provider.GetServices<IInterceptor>());
        });
        return services;
    }

    /// <summary>
    /// Applies pending migrations, and only when there are some: EF's migrate always issues
    /// CREATE TABLE IF NOT EXISTS for its history table, which a PostgreSQL runtime role that owns
    /// nothing (README, "an owner role and a runtime role") is refused. Reading what is applied it may do.
    /// </summary>
    public static async Task MigrateAsync(IServiceProvider services, CancellationToken cancellationToken = default)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        if ((await db.Database.GetPendingMigrationsAsync(cancellationToken)).Any())
        {
            await db.Database.MigrateAsync(cancellationToken);
        }

        if (db.Database.IsSqlite())
        {
            // Kept in the file: readers then never block the writer nor it them. Checked at every
            // start, so a database created before this setting moves to WAL on its next start.
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode = WAL;", cancellationToken);
        }
    }
}
