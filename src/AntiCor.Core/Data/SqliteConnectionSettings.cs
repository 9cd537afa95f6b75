using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace AntiCor.Core.Data;

/// <summary>
/// How every SQLite connection waits for the single writer. Microsoft.Data.Sqlite answers a busy
/// file by sleeping 150 ms and trying again, so fifty executors submitting at once waited seconds
/// for writes of a few milliseconds each. With SQLite's own busy handler (busy_timeout) a waiting
/// transaction is let in within a millisecond or so of the writer before it finishing, for up to
/// the same 30 s the provider allows. The file is in WAL mode (set when migrating), so readers
/// never wait for the writer nor it for them.
/// </summary>
public sealed class SqliteConnectionSettings : DbConnectionInterceptor
{
    private const string Pragmas = "PRAGMA busy_timeout = 30000;";

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        using var command = connection.CreateCommand();
        command.CommandText = Pragmas;
        command.ExecuteNonQuery();
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = Pragmas;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
