using System.Data.Common;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace AntiCor.Web.Tests.Audit;

/// <summary>The database itself refuses to change or remove audit rows, whatever the application does.</summary>
public sealed class AppendOnlyTriggerTests : IAsyncLifetime
{
    private readonly TamperedDatabase _db = new();

    public Task InitializeAsync() => _db.InitializeAsync();

    public Task DisposeAsync() => _db.DisposeAsync();

    [Fact]
    public async Task Update_of_an_audit_row_is_refused_by_the_trigger()
    {
        var error = await Assert.ThrowsAnyAsync<DbException>(() =>
            _db.ExecuteAsync("""UPDATE "AuditEntries" SET "ActorName" = 'інший' WHERE "Sequence" = 1;"""));

        await AssertRefusedAsync(error, "UPDATE");
        Assert.Equal(0, await _db.Cli.QueryAsync(db => Task.FromResult(db.AuditEntries.Count(a => a.ActorName == "інший"))));
    }

    [Fact]
    public async Task Delete_of_an_audit_row_is_refused_by_the_trigger()
    {
        var before = await _db.CountAsync();

        var error = await Assert.ThrowsAnyAsync<DbException>(() => _db.ExecuteAsync("""DELETE FROM "AuditEntries" WHERE "Sequence" = 1;"""));

        await AssertRefusedAsync(error, "DELETE");
        Assert.Equal(before, await _db.CountAsync());
    }

    [Theory]
    [InlineData("""UPDATE "AuditCheckpoints" SET "Count" = 1;""", "UPDATE")]
    [InlineData("""DELETE FROM "AuditCheckpoints";""", "DELETE")]
    public async Task Update_or_delete_of_a_checkpoint_is_refused_by_the_trigger(string sql, string operation)
    {
        Assert.Equal(0, (await _db.Cli.RunAsync("audit", "checkpoint")).Code);
        var before = await _db.Cli.QueryAsync(db => Task.FromResult(db.AuditCheckpoints.Select(c => c.Count).OrderBy(c => c).ToList()));

        var error = await Assert.ThrowsAnyAsync<DbException>(() => _db.ExecuteAsync(sql));

        await AssertRefusedAsync(error, operation, "Контрольні точки аудиту");
        Assert.NotEmpty(before);
        Assert.Equal(before, await _db.Cli.QueryAsync(db => Task.FromResult(db.AuditCheckpoints.Select(c => c.Count).OrderBy(c => c).ToList())));
    }

    private async Task AssertRefusedAsync(DbException error, string operation, string what = "Журнал аудиту")
    {
        if (await _db.IsPostgresAsync())
        {
            var pg = Assert.IsType<PostgresException>(error);
            Assert.Equal(PostgresErrorCodes.InsufficientPrivilege, pg.SqlState);
            Assert.Equal($"{what} лише {Verb(what)}: {operation} заборонено", pg.MessageText);
        }
        else
        {
            var sqlite = Assert.IsType<SqliteException>(error);
            Assert.Contains($"{what} лише {Verb(what)}: {operation} заборонено", sqlite.Message);
        }
    }

    private static string Verb(string what) => what == "Журнал аудиту" ? "доповнюється" : "доповнюються";
}
