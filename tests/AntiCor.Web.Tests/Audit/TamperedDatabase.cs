using System.Reflection;
using AntiCor.Core.Audit;
using AntiCor.Core.Data;
using AntiCor.Core.Seed;
using AntiCor.Web.Tests.Cli;
using Microsoft.EntityFrameworkCore;

namespace AntiCor.Web.Tests.Audit;

/// <summary>
/// A throwaway database with the seed programme imported through the CLI (so it has an audit
/// trail), and the raw SQL a database administrator would use to rewrite that trail behind the
/// application's back.
/// </summary>
public sealed class TamperedDatabase : IAsyncLifetime
{
    public CliRun Cli { get; } = new();

    public async Task InitializeAsync()
    {
        await Cli.InitializeAsync();
        var (code, _, error) = await Cli.RunAsync("import", Cli.WriteFile(SeedProgramme.FileName, SeedProgramme.Read()));
        Assert.True(code == 0, error);
        Chain = await Cli.QueryAsync(db => db.Organizations.Select(o => o.Id).SingleAsync());
    }

    /// <summary>The organisation's chain, where the import wrote its rows (the deployment's chain has the organisation's creation).</summary>
    public Guid Chain { get; private set; }

    /// <summary>The SQL condition for a row of <see cref="Chain"/>, as an administrator would type it.</summary>
    public string InChain => $"\"ChainId\" = '{Chain.ToString().ToUpperInvariant()}'";

    public Task DisposeAsync() => Cli.DisposeAsync();

    /// <summary>Rows of the organisation's chain.</summary>
    public Task<long> CountAsync() => Cli.QueryAsync(db => db.AuditEntries.LongCountAsync(a => a.ChainId == Chain));

    /// <summary>Rows of every chain.</summary>
    public Task<long> TotalCountAsync() => Cli.QueryAsync(db => db.AuditEntries.LongCountAsync());

    public Task<bool> IsPostgresAsync() => Cli.QueryAsync(db => Task.FromResult(db.Database.IsNpgsql()));

    /// <summary>Runs SQL with the append-only triggers out of the way, as a superuser could.</summary>
    public Task ExecuteAsAdministratorAsync(string sql) => Cli.QueryAsync(async db =>
    {
        var bypass = db.Database.IsNpgsql()
            ? """ALTER TABLE "AuditEntries" DISABLE TRIGGER USER;"""
            : "DROP TRIGGER IF EXISTS audit_entries_no_update; DROP TRIGGER IF EXISTS audit_entries_no_delete;";
        return await RawAsync(db, bypass + "\n" + sql);
    });

    /// <summary>Runs SQL as the application would, triggers in place.</summary>
    public Task<int> ExecuteAsync(string sql) => Cli.QueryAsync(db => RawAsync(db, sql));

    /// <summary>
    /// Rewrites one row's actor and then re-hashes it and every row after it, so the chain is
    /// consistent again: the attack only a checkpoint published before can reveal.
    /// </summary>
    public async Task RewriteAndRehashAsync(long sequence, string actorName)
    {
        var entries = await Cli.QueryAsync(db => db.AuditEntries.AsNoTracking().Where(a => a.ChainId == Chain && a.Sequence >= sequence - 1).OrderBy(a => a.Sequence).ToListAsync());
        var previous = entries[0].Hash;
        var statements = new List<string>();
        foreach (var entry in entries.Skip(1))
        {
            if (entry.Sequence == sequence)
            {
                Set(entry, nameof(AuditEntry.ActorName), actorName);
            }

            Set(entry, nameof(AuditEntry.PreviousHash), previous);
            Set(entry, nameof(AuditEntry.Hash), AuditHasher.Hash(entry));
            previous = entry.Hash;
            statements.Add($"""UPDATE "AuditEntries" SET "ActorName" = '{entry.ActorName}', "PreviousHash" = '{entry.PreviousHash}', "Hash" = '{entry.Hash}' WHERE "Sequence" = {entry.Sequence} AND {InChain};""");
        }

        await ExecuteAsAdministratorAsync(string.Join("\n", statements));
    }

    /// <summary>Appends one event through the application's own path: the interceptor that chains it.</summary>
    public async Task AppendEventAsync(AuditEvent auditEvent)
    {
        var options = await Cli.QueryAsync(db => Task.FromResult(db.Database.IsNpgsql()
            ? new DatabaseOptions(DatabaseProvider.Postgres, db.Database.GetConnectionString()!)
            : new DatabaseOptions(DatabaseProvider.Sqlite, db.Database.GetConnectionString()!)));
        var builder = new DbContextOptionsBuilder<AppDbContext>();
        DatabaseSetup.Configure(builder, options);
        builder.AddInterceptors(new AuditTrailInterceptor(TimeProvider.System, SystemActor.Instance));
        await using var db = new AppDbContext(builder.Options);
        db.RecordAudit(auditEvent);
        await db.SaveChangesAsync();
    }

    public string WriteCheckpointFile(string name, string json) => Cli.WriteFile(name, System.Text.Encoding.UTF8.GetBytes(json));

    // Plain ADO.NET: the statements are the test's own, written as an administrator would type them.
    private static async Task<int> RawAsync(AppDbContext db, string sql)
    {
        var connection = db.Database.GetDbConnection();
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return await command.ExecuteNonQueryAsync();
    }

    private static void Set(AuditEntry entry, string property, object value) =>
        typeof(AuditEntry).GetProperty(property, BindingFlags.Instance | BindingFlags.Public)!.SetValue(entry, value);
}
