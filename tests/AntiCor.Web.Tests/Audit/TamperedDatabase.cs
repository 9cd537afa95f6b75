using System.Reflection;
using AntiCor.Core.Audit;
using AntiCor.Core.Audit.Keys;
using AntiCor.Core.Data;
using AntiCor.Core.Seed;
using AntiCor.Web.Tests.Cli;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Time.Testing;

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
            ? """ALTER TABLE "AuditEntries" DISABLE TRIGGER USER; ALTER TABLE "AuditCheckpoints" DISABLE TRIGGER USER;"""
            : "DROP TRIGGER IF EXISTS audit_entries_no_update; DROP TRIGGER IF EXISTS audit_entries_no_delete; "
                + "DROP TRIGGER IF EXISTS audit_checkpoints_no_update; DROP TRIGGER IF EXISTS audit_checkpoints_no_delete;";
        return await RawAsync(db, bypass + "\n" + sql);
    });

    /// <summary>Runs SQL as the application would, triggers in place.</summary>
    public Task<int> ExecuteAsync(string sql) => Cli.QueryAsync(db => RawAsync(db, sql));

    /// <summary>The chain key the CLI created in its data folder at first start: what an attacker who stole the key files holds.</summary>
    public AuditChainKey ChainKey()
    {
        using var keys = AuditKeys.Load(new ConfigurationBuilder().Build(), Cli.Folder);
        return keys.Chain;
    }

    /// <summary>
    /// Rewrites one row's actor and then re-hashes (and, with the stolen key, re-MACs) it and every
    /// row after it, so the chain is consistent again: the attack only a checkpoint published before can reveal.
    /// </summary>
    public async Task RewriteAndRehashAsync(long sequence, string actorName)
    {
        var entries = await Cli.QueryAsync(db => db.AuditEntries.AsNoTracking().Where(a => a.ChainId == Chain && a.Sequence >= sequence - 1).OrderBy(a => a.Sequence).ToListAsync());
        var previous = entries[0].Hash;
        var key = ChainKey();
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
            var mac = key.Mac(entry.Hash);
            statements.Add($"""UPDATE "AuditEntries" SET "ActorName" = '{entry.ActorName}', "PreviousHash" = '{entry.PreviousHash}', "Hash" = '{entry.Hash}', "Mac" = '{mac}' WHERE "Sequence" = {entry.Sequence} AND {InChain};""");
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
        // A fixed instant: the appended row's time is the test's, not the machine's.
        builder.AddInterceptors(new AuditTrailInterceptor(new FakeTimeProvider(new DateTimeOffset(2026, 12, 1, 12, 0, 0, TimeSpan.Zero)), SystemActor.Instance, ChainKey()));
        await using var db = new AppDbContext(builder.Options);
        db.RecordAudit(auditEvent);
        await db.SaveChangesAsync();
    }

    /// <summary>
    /// Appends a row after the head by raw SQL with a correctly computed SHA-256 hash: all that
    /// someone holding the database but not the key can do. Its MAC is the given text (or none).
    /// </summary>
    public async Task<long> ForgeRowAsync(string? mac)
    {
        var head = await Cli.QueryAsync(db => db.AuditEntries.AsNoTracking().Where(a => a.ChainId == Chain).OrderByDescending(a => a.Sequence).FirstAsync());
        var forged = await Cli.QueryAsync(db => db.AuditEntries.AsNoTracking().Where(a => a.ChainId == Chain).OrderByDescending(a => a.Sequence).FirstAsync());
        // A copy of the head with the head's time, so the hash computed here is the one the row will have.
        Set(forged, nameof(AuditEntry.Sequence), head.Sequence + 1);
        Set(forged, nameof(AuditEntry.ActorName), "підробник");
        Set(forged, nameof(AuditEntry.PreviousHash), head.Hash);
        Set(forged, nameof(AuditEntry.Hash), AuditHasher.Hash(forged));
        var macSql = mac is null ? "NULL" : $"'{mac}'";
        await ExecuteAsync($"""
            INSERT INTO "AuditEntries" ("ChainId", "Sequence", "AtUtc", "ActorId", "ActorName", "Action", "EntityType", "EntityId", "Changes", "Ip", "PreviousHash", "Hash", "Mac")
            SELECT "ChainId", {forged.Sequence}, "AtUtc", "ActorId", 'підробник', "Action", "EntityType", "EntityId", "Changes", "Ip", '{forged.PreviousHash}', '{forged.Hash}', {macSql}
            FROM "AuditEntries" WHERE {InChain} AND "Sequence" = {head.Sequence};
            """);
        return forged.Sequence;
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
