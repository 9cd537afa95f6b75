using System.Data.Common;
using System.Diagnostics;
using AntiCor.Core.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace AntiCor.BenchData;

/// <summary>
/// On SQLite, the indexes nothing in the generator reads — the audit trail's by entity and by time —
/// and the triggers that copy each report's text into the portal's full-text table are taken away
/// after the migrations and made again at the end, from their own SQL as SQLite stored it. Each of
/// them otherwise touches a random page of a file of gigabytes for every row; built once over the
/// finished tables they cost a sorted pass each (bench/RESULTS.md has both times). The schema the
/// generator leaves is exactly the migrations' one: the SQL is read back, not written here.
/// </summary>
internal sealed class DeferredIndexes
{
    private static readonly string[] Indexes = ["IX_AuditEntries_AtUtc", "IX_AuditEntries_EntityType_EntityId"];
    private static readonly string[] Triggers = ["report_search_insert", "report_search_update", "report_search_delete"];

    private readonly List<string> _definitions;

    private DeferredIndexes(List<string> definitions) => _definitions = definitions;

    /// <summary>Drops them (nothing on PostgreSQL) and remembers how to make them again.</summary>
    public static async Task<DeferredIndexes> DropAsync(IServiceProvider services)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        if (!db.Database.IsSqlite())
        {
            return new DeferredIndexes([]);
        }

        var connection = db.Database.GetDbConnection();
        await connection.OpenAsync();
        var definitions = await DefinitionsAsync(connection);
        await using var transaction = await connection.BeginTransactionAsync();
        foreach (var name in Indexes)
        {
            await ExecuteAsync(connection, transaction, $"DROP INDEX {name};");
        }

        foreach (var name in Triggers)
        {
            await ExecuteAsync(connection, transaction, $"DROP TRIGGER {name};");
        }

        await transaction.CommitAsync();
        return new DeferredIndexes(definitions);
    }

    /// <summary>Makes them again and fills the full-text table from the reports, in one transaction; returns how long it took.</summary>
    public async Task<TimeSpan> RestoreAsync(IServiceProvider services)
    {
        var watch = Stopwatch.StartNew();
        if (_definitions.Count == 0)
        {
            return watch.Elapsed;
        }

        await using var scope = services.CreateAsyncScope();
        var connection = scope.ServiceProvider.GetRequiredService<AppDbContext>().Database.GetDbConnection();
        await connection.OpenAsync();
        await using var transaction = await connection.BeginTransactionAsync();
        await ExecuteAsync(connection, transaction, "DELETE FROM ReportSearch;");
        await ExecuteAsync(connection, transaction, "INSERT INTO ReportSearch (Id, WhatWasDone) SELECT Id, coalesce(WhatWasDone, '') FROM Reports;");
        foreach (var sql in _definitions)
        {
            await ExecuteAsync(connection, transaction, sql);
        }

        await transaction.CommitAsync();
        return watch.Elapsed;
    }

    private static async Task<List<string>> DefinitionsAsync(DbConnection connection)
    {
        await using var command = connection.CreateCommand();
        var names = string.Join(", ", Indexes.Concat(Triggers).Select(n => $"'{n}'"));
        command.CommandText = $"SELECT sql FROM sqlite_master WHERE name IN ({names});";
        var definitions = new List<string>();
        await using (var reader = await command.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                definitions.Add(reader.GetString(0));
            }
        }

        if (definitions.Count != Indexes.Length + Triggers.Length)
        {
            throw new InvalidOperationException($"expected {Indexes.Length} indexes and {Triggers.Length} triggers in the schema, found {definitions.Count}: the migrations changed them, so DeferredIndexes must follow");
        }

        return definitions;
    }

    private static async Task ExecuteAsync(DbConnection connection, DbTransaction transaction, string sql)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync();
    }
}
