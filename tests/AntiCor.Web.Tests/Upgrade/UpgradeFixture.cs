using Microsoft.Data.Sqlite;

namespace AntiCor.Web.Tests.Upgrade;

/// <summary>
/// A database as one release left it, kept under Upgrade/Fixtures/{release}/: anticor.db (SQLite,
/// that release's schema), archive.zip (the same rows as a portable archive: PostgreSQL loads it at
/// that release's migration) and the audit keys its chains were written with (test keys only).
/// </summary>
public sealed record UpgradeFixture(string Folder)
{
    public const string DatabaseFile = "anticor.db";
    public const string ArchiveFile = "archive.zip";
    public static readonly string[] KeyFiles = ["audit-chain.key", "audit-signing.key"];

    public string Name => Path.GetFileName(Folder);

    public string Database => Path.Combine(Folder, DatabaseFile);

    public string Archive => Path.Combine(Folder, ArchiveFile);

    public static IEnumerable<UpgradeFixture> All() =>
        Directory.EnumerateDirectories(Path.Combine(AppContext.BaseDirectory, "Upgrade", "Fixtures"))
            .Order(StringComparer.Ordinal)
            .Select(f => new UpgradeFixture(f));

    /// <summary>Writes a fixture from a deployment filled with <see cref="Archive.ArchiveSample"/>: its file copied by SQLite's backup, its archive, its keys.</summary>
    public static async Task WriteAsync(Archive.ArchiveCli source, string folder)
    {
        Directory.CreateDirectory(folder);
        var database = Path.Combine(folder, DatabaseFile);
        File.Delete(database);
        var sourceFile = new SqliteConnectionStringBuilder(source.Options.ConnectionString).DataSource;
        await using (var from = new SqliteConnection($"Data Source={sourceFile}"))
        await using (var to = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = database, Pooling = false }.ToString()))
        {
            await from.OpenAsync();
            await to.OpenAsync();
            from.BackupDatabase(to);
            await using var single = to.CreateCommand();
            single.CommandText = "PRAGMA journal_mode = DELETE; VACUUM;"; // one self-contained file to commit
            await single.ExecuteNonQueryAsync();
        }

        await source.RunOkAsync("archive", "export", "-o", Path.Combine(folder, ArchiveFile));
        foreach (var key in KeyFiles)
        {
            File.Copy(Path.Combine(source.Folder, key), Path.Combine(folder, key), overwrite: true);
        }

        SqliteConnection.ClearAllPools();
    }
}
