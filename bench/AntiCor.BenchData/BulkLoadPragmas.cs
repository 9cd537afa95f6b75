using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace AntiCor.BenchData;

/// <summary>
/// SQLite settings for a bulk load, on each of the generator's connections: a page cache of 256 MB
/// instead of SQLite's 2 MB, and no wait for the disk at a commit. A profile of the generator put
/// half its time inside SQLite's own statements: by a thousand organisations the file is gigabytes
/// and its indexes (the audit trail's by entity, keyed by random ids) take every insert to a
/// different page, which a 2 MB cache had to fetch from the operating system again each time.
/// A crash mid-load loses the data set, which is generated again; the app keeps SQLite's defaults.
/// </summary>
internal sealed class BulkLoadPragmas : DbConnectionInterceptor
{
    private const string Pragmas = "PRAGMA cache_size = -262144; PRAGMA synchronous = OFF; PRAGMA temp_store = MEMORY;";

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        if (IsSqlite(connection))
        {
            using var command = connection.CreateCommand();
            command.CommandText = Pragmas;
            command.ExecuteNonQuery();
        }
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        if (IsSqlite(connection))
        {
            await using var command = connection.CreateCommand();
            command.CommandText = Pragmas;
            await command.ExecuteNonQueryAsync(cancellationToken);
        }
    }

    private static bool IsSqlite(DbConnection connection) => connection is Microsoft.Data.Sqlite.SqliteConnection;
}
