namespace AntiCor.Web.Tests.Support;

/// <summary>
/// The throwaway store one fixture runs against, chosen by ANTICOR_TEST_DB: Sqlite (default,
/// a temp file) or Postgres (a uniquely named database on the server in ANTICOR_TEST_PG).
/// </summary>
public abstract class TestDatabase : IAsyncDisposable
{
    public const string ProviderVariable = "ANTICOR_TEST_DB";
    public const string PostgresVariable = "ANTICOR_TEST_PG";

    public abstract string Provider { get; }

    public abstract string ConnectionString { get; }

    public static TestDatabase FromEnvironment(string folder)
    {
        var provider = Environment.GetEnvironmentVariable(ProviderVariable);
        if (string.IsNullOrWhiteSpace(provider) || provider.Equals("Sqlite", StringComparison.OrdinalIgnoreCase))
        {
            return new SqliteTestDatabase(folder);
        }

        if (provider.Equals("Postgres", StringComparison.OrdinalIgnoreCase))
        {
            // Never fall back to SQLite here: a PostgreSQL run that quietly tested SQLite would pass for the wrong reason.
            var admin = Environment.GetEnvironmentVariable(PostgresVariable);
            return string.IsNullOrWhiteSpace(admin)
                ? throw new InvalidOperationException(
                    $"{ProviderVariable}=Postgres, but {PostgresVariable} is not set: give it an admin connection string, " +
                    "e.g. Host=127.0.0.1;Port=55432;Username=postgres;Password=...;Database=postgres")
                : new PostgresTestDatabase(admin);
        }

        throw new InvalidOperationException($"{ProviderVariable}='{provider}' is not supported; use Sqlite or Postgres.");
    }

    public abstract Task CreateAsync();

    public abstract ValueTask DisposeAsync();
}
