using System.IO.Compression;
using AntiCor.Core.Data;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace AntiCor.Core.Archive;

/// <summary>
/// A backup taken while the app runs. SQLite: the file copied by SQLite's online backup API (a
/// consistent copy whatever the app writes meanwhile), packed with the evidence folder's files
/// into a zip with the archive's manifest and checksums. PostgreSQL: the portable archive read in
/// one REPEATABLE READ snapshot. A restore goes through the archive import either way, so either
/// backup restores into an empty database of either provider.
/// </summary>
public sealed class DatabaseBackup(AppDbContext db, TimeProvider time, string? evidenceFolder)
{
    public const string SqliteEntry = "database/anticor.db";

    public async Task<ArchiveManifest> WriteAsync(Stream output, CancellationToken cancellationToken = default)
    {
        if (!db.Database.IsSqlite())
        {
            return await new ArchiveExporter(db, time, evidenceFolder).ExportAsync(output, null, cancellationToken);
        }

        var copy = Path.Combine(Path.GetTempPath(), $"anticor-backup-{Guid.NewGuid():N}.db");
        try
        {
            await using (var source = new SqliteConnection(db.Database.GetConnectionString()))
            await using (var target = new SqliteConnection(CopyConnection(copy)))
            {
                await source.OpenAsync(cancellationToken);
                await target.OpenAsync(cancellationToken);
                source.BackupDatabase(target);
            }

            // What the copy names, not the live file: the copy is the moment the backup stands for.
            var (migration, evidence) = await ReadCopyAsync(copy, cancellationToken);
            var manifest = new ArchiveManifest
            {
                Kind = ArchiveManifest.SqliteBackupKind,
                Migration = migration,
                SourceProvider = "Sqlite",
                CreatedUtc = time.GetUtcNow().UtcDateTime,
            };
            using (var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
            {
                await AddFileAsync(zip, manifest, SqliteEntry, copy, cancellationToken);
                foreach (var sha in evidence)
                {
                    var path = EvidenceFiles.PathIn(evidenceFolder, sha);
                    if (path is null || !File.Exists(path))
                    {
                        manifest.MissingEvidence.Add(sha);
                        continue;
                    }

                    await AddFileAsync(zip, manifest, EvidenceFiles.EntryName(sha), path, cancellationToken);
                }

                var entry = zip.CreateEntry(ArchiveManifest.EntryName, CompressionLevel.Optimal);
                await using var stream = entry.Open();
                await stream.WriteAsync(manifest.ToBytes(), cancellationToken);
            }

            return manifest;
        }
        finally
        {
            Delete(copy);
        }
    }

    /// <summary>
    /// The backup as a portable archive, for the import to load: an archive is itself; a SQLite
    /// backup's file is opened on its own and exported, its evidence files carried over.
    /// </summary>
    public static async Task<string> AsArchiveAsync(ArchiveFile backup, TimeProvider time, string workFolder, CancellationToken cancellationToken = default)
    {
        var copy = Path.Combine(workFolder, $"anticor-restore-{Guid.NewGuid():N}.db");
        var evidence = Path.Combine(workFolder, $"anticor-restore-{Guid.NewGuid():N}-evidence");
        var archive = Path.Combine(workFolder, $"anticor-restore-{Guid.NewGuid():N}.zip");
        try
        {
            await using (var source = backup.Open(SqliteEntry))
            await using (var file = File.Create(copy))
            {
                await source.CopyToAsync(file, cancellationToken);
            }

            Directory.CreateDirectory(evidence);
            foreach (var entry in backup.Manifest.Entries.Where(e => e.Path.StartsWith("evidence/", StringComparison.Ordinal)))
            {
                await using var source = backup.Open(entry.Path);
                await using var file = File.Create(Path.Combine(evidence, entry.Path["evidence/".Length..]));
                await source.CopyToAsync(file, cancellationToken);
            }

            await using (var context = CopyContext(copy))
            await using (var output = File.Create(archive))
            {
                await new ArchiveExporter(context, time, evidence).ExportAsync(output, null, cancellationToken);
            }

            return archive;
        }
        finally
        {
            Delete(copy);
            if (Directory.Exists(evidence))
            {
                Directory.Delete(evidence, recursive: true);
            }
        }
    }

    private static void Delete(string database)
    {
        SqliteConnection.ClearAllPools();
        foreach (var file in new[] { database, database + "-wal", database + "-shm" })
        {
            File.Delete(file);
        }
    }

    private static string CopyConnection(string path) => new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ToString();

    private static AppDbContext CopyContext(string path)
    {
        var options = new DbContextOptionsBuilder<AppDbContext>();
        DatabaseSetup.Configure(options, new DatabaseOptions(DatabaseProvider.Sqlite, CopyConnection(path)));
        return new AppDbContext(options.Options);
    }

    private static async Task<(string Migration, List<string> Evidence)> ReadCopyAsync(string path, CancellationToken cancellationToken)
    {
        await using var context = CopyContext(path);
        var migration = (await context.Database.GetAppliedMigrationsAsync(cancellationToken)).LastOrDefault()
            ?? throw new ArchiveRefusedException("База даних порожня: у ній ще немає схеми, копіювати нічого.");
        var evidence = await context.EvidenceContents.Where(c => c.Bytes == null).Select(c => c.Sha256).ToListAsync(cancellationToken);
        return (migration, evidence);
    }

    private static async Task AddFileAsync(ZipArchive zip, ArchiveManifest manifest, string name, string path, CancellationToken cancellationToken)
    {
        var entry = zip.CreateEntry(name, CompressionLevel.Optimal);
        await using var stream = entry.Open();
        await using var hashing = new HashingStream(stream);
        await using (var file = File.OpenRead(path))
        {
            await file.CopyToAsync(hashing, cancellationToken);
        }

        manifest.Entries.Add(new ArchiveManifestEntry(name, hashing.Written, hashing.Sha256()));
    }
}
