using Npgsql;

namespace AntiCor.Web.Tests.Support;

/// <summary>A database of its own on the PostgreSQL server, created empty and dropped at the end.</summary>
public sealed class PostgresTestDatabase : TestDatabase
{
    private readonly string _adminConnectionString;
    private readonly string _name = $"anticor_test_{Guid.NewGuid():N}";

    public PostgresTestDatabase(string adminConnectionString)
    {
        _adminConnectionString = adminConnectionString;
        ConnectionString = new NpgsqlConnectionStringBuilder(adminConnectionString) { Database = _name }.ConnectionString;
    }

    public override string Provider => "Postgres";

    public override string ConnectionString { get; }

    public override async Task CreateAsync() => await ExecuteAsync($"CREATE DATABASE \"{_name}\" ENCODING 'UTF8'");

    public override async ValueTask DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        await ExecuteAsync($"DROP DATABASE IF EXISTS \"{_name}\" WITH (FORCE)");
    }

    private async Task ExecuteAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(_adminConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
