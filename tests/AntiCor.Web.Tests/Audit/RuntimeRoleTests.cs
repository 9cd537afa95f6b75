using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace AntiCor.Web.Tests.Audit;

/// <summary>
/// PostgreSQL with the README's two roles: migrations by the owner, the app as a runtime role granted by
/// docs/operations/postgres-runtime-role.sql. The owner can disable the append-only triggers; the
/// runtime role, which owns nothing, cannot — and the app still works as it.
/// </summary>
public sealed class RuntimeRoleTests : IAsyncLifetime
{
    private const string Password = "runtime-role-test";
    private readonly TamperedDatabase _db = new();
    private readonly string _role = $"anticor_app_{Guid.NewGuid():N}";
    private string _ownerConnection = "";
    private bool _created;

    public async Task InitializeAsync()
    {
        await _db.InitializeAsync();
        _ownerConnection = await _db.Cli.QueryAsync(db => Task.FromResult(db.Database.GetConnectionString()!));
        if (!await _db.IsPostgresAsync())
        {
            return;
        }

        var script = await File.ReadAllTextAsync(Path.Combine(AppContext.BaseDirectory, "operations", "postgres-runtime-role.sql"));
        await ExecuteAsync(_ownerConnection, $"CREATE ROLE \"{_role}\" LOGIN PASSWORD '{Password}'");
        _created = true;
        await ExecuteAsync(_ownerConnection, script.Replace("anticor_app", $"\"{_role}\"", StringComparison.Ordinal));
    }

    public async Task DisposeAsync()
    {
        // The test's database goes first, with the grants and default privileges inside it; then the role, which belongs to the server.
        await _db.DisposeAsync();
        if (_created)
        {
            await ExecuteAsync(new NpgsqlConnectionStringBuilder(_ownerConnection) { Database = "postgres" }.ConnectionString, $"DROP ROLE IF EXISTS \"{_role}\"");
        }
    }

    [Fact]
    public async Task The_runtime_role_cannot_disable_or_drop_the_audit_triggers_yet_runs_the_app()
    {
        if (!await _db.IsPostgresAsync())
        {
            // SQLite has no roles: whoever can write the file can drop its triggers (ADR-010 says so).
            return;
        }

        var runtime = new NpgsqlConnectionStringBuilder(_ownerConnection) { Username = _role, Password = Password }.ConnectionString;
        string[] refused =
        [
            "ALTER TABLE \"AuditEntries\" DISABLE TRIGGER USER",
            "ALTER TABLE \"AuditCheckpoints\" DISABLE TRIGGER USER",
            "DROP TRIGGER audit_entries_append_only ON \"AuditEntries\"",
            "DROP TRIGGER audit_checkpoints_append_only ON \"AuditCheckpoints\"",
            "DELETE FROM \"AuditEntries\"",
            "UPDATE \"AuditCheckpoints\" SET \"Count\" = 1",
            "TRUNCATE \"AuditEntries\"",
        ];
        var before = await _db.TotalCountAsync();

        foreach (var sql in refused)
        {
            var error = await Assert.ThrowsAsync<PostgresException>(() => ExecuteAsync(runtime, sql));
            Assert.True(error.SqlState == PostgresErrorCodes.InsufficientPrivilege, $"{sql}: {error.SqlState} {error.MessageText}");
        }

        Assert.Equal(before, await _db.TotalCountAsync());

        // The same role runs the app's work: the start-up migration check, a checkpoint, a full verify.
        var published = await _db.Cli.RunAsync("--connection", runtime, "audit", "checkpoint");
        Assert.True(published.Code == 0, published.Error);
        var verified = await _db.Cli.RunAsync("--connection", runtime, "audit", "verify");
        Assert.True(verified.Code == 0, verified.Out + verified.Error);
        Assert.True(await _db.Cli.QueryAsync(db => db.AuditCheckpoints.AnyAsync()));
    }

    private static async Task ExecuteAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
