using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace AntiCor.Core.Audit;

/// <summary>
/// On PostgreSQL: takes a chain's lock and reads its head in one round trip. The two statements
/// go as one batch, yet each still takes its own snapshot under READ COMMITTED, and the server
/// runs the second only once the first holds the lock. The head read therefore sees every row
/// that an earlier holder committed. Issuing them one after the other cost a round trip per save,
/// all of it spent holding the lock.
/// </summary>
internal static class PostgresChainHead
{
    // Appends to one chain queue behind one another, while organisations never wait for each other.
    private const string LockSql = "SELECT pg_advisory_xact_lock(74170001, hashtext(@chain_text))";
    private const string HeadSql = """SELECT "Sequence", "Hash" FROM "AuditEntries" WHERE "ChainId" = @chain ORDER BY "Sequence" DESC LIMIT 1""";

    public static ChainHead? LockAndRead(DbContext db, Guid chain)
    {
        using var batch = Batch(db, chain);
        using var reader = batch.ExecuteReader();
        reader.NextResult();
        return reader.Read() ? new ChainHead(reader.GetInt64(0), reader.GetString(1)) : null;
    }

    public static async Task<ChainHead?> LockAndReadAsync(DbContext db, Guid chain, CancellationToken cancellationToken)
    {
        await using var batch = Batch(db, chain);
        await using var reader = await batch.ExecuteReaderAsync(cancellationToken);
        await reader.NextResultAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken) ? new ChainHead(reader.GetInt64(0), reader.GetString(1)) : null;
    }

    private static DbBatch Batch(DbContext db, Guid chain)
    {
        var connection = db.Database.GetDbConnection();
        var batch = connection.CreateBatch();
        batch.Transaction = db.Database.CurrentTransaction?.GetDbTransaction()
            ?? throw new InvalidOperationException("The chain's lock is taken inside the save's transaction.");
        batch.BatchCommands.Add(Command(batch, LockSql, ("chain_text", chain.ToString("D"))));
        batch.BatchCommands.Add(Command(batch, HeadSql, ("chain", chain)));
        return batch;
    }

    private static DbBatchCommand Command(DbBatch batch, string sql, (string Name, object Value) parameter)
    {
        var command = batch.CreateBatchCommand();
        command.CommandText = sql;
        var p = command.CreateParameter();
        p.ParameterName = parameter.Name;
        p.Value = parameter.Value;
        command.Parameters.Add(p);
        return command;
    }
}
