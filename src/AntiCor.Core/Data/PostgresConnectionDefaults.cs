using System.Data.Common;
using Npgsql;

namespace AntiCor.Core.Data;

/// <summary>
/// What AntiCor adds to a PostgreSQL connection string the deployment did not set itself.
/// </summary>
public static class PostgresConnectionDefaults
{
    /// <summary>
    /// Automatic preparation: a statement run twice on a connection is prepared there, and PostgreSQL
    /// then skips parsing and planning it. A request runs the same dozen statements every time (the
    /// session check, the form's reads, the audit chain's head, the inserts), so its database time
    /// falls; Npgsql leaves it off unless asked. A value the connection string gives is kept.
    /// </summary>
    public static string Apply(string connectionString)
    {
        // The plain builder keeps only the keys the string gives (Npgsql's knows them all).
        var given = new DbConnectionStringBuilder { ConnectionString = connectionString };
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        if (!Gives(given, "Max Auto Prepare", "MaxAutoPrepare"))
        {
            builder.MaxAutoPrepare = 64;
        }

        if (!Gives(given, "Auto Prepare Min Usages", "AutoPrepareMinUsages"))
        {
            builder.AutoPrepareMinUsages = 2;
        }

        return builder.ConnectionString;
    }

    private static bool Gives(DbConnectionStringBuilder given, params string[] keys) => keys.Any(given.ContainsKey);
}
