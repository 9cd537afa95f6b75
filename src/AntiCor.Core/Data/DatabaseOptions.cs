namespace AntiCor.Core.Data;

public enum DatabaseProvider
{
    Sqlite,
    Postgres,
}

/// <summary>
/// Which store AntiCor uses: `Database:Provider` (Sqlite | Postgres) and the connection string
/// `ConnectionStrings:AntiCor`. Without a connection string, SQLite keeps a file in the data folder.
/// </summary>
public sealed record DatabaseOptions(DatabaseProvider Provider, string ConnectionString)
{
    public const string ConnectionName = "AntiCor";
}
