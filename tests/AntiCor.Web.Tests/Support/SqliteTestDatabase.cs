using Microsoft.Data.Sqlite;

namespace AntiCor.Web.Tests.Support;

/// <summary>A SQLite file in the fixture's temp folder; the app migrates it at start.</summary>
public sealed class SqliteTestDatabase(string folder) : TestDatabase
{
    public override string Provider => "Sqlite";

    public override string ConnectionString => $"Data Source={Path.Combine(folder, "anticor-test.db")}";

    public override Task CreateAsync() => Task.CompletedTask;

    public override ValueTask DisposeAsync()
    {
        // Pooled connections keep the file open; the folder is deleted by the fixture after this.
        SqliteConnection.ClearAllPools();
        return ValueTask.CompletedTask;
    }
}
