using System.Data;
using System.Data.Common;
using System.IO.Compression;
using System.Text.Json;
using AntiCor.Core.Data;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;

namespace AntiCor.Core.Archive;

/// <summary>
/// Writes the database into a portable archive: a zip of one JSON Lines file per table (rows in
/// key order, columns by name, values in <see cref="ArchiveValue"/>'s canonical form), the
/// evidence folder's files, and <see cref="ArchiveManifest"/>. Everything is read in one
/// snapshot: a read transaction on SQLite (WAL lets writers go on), REPEATABLE READ on PostgreSQL.
/// </summary>
public sealed class ArchiveExporter(AppDbContext db, TimeProvider time, string? evidenceFolder)
{
    public async Task<ArchiveManifest> ExportAsync(Stream output, string? organizationSlug = null, CancellationToken cancellationToken = default)
    {
        if ((await db.Database.GetPendingMigrationsAsync(cancellationToken)).Any())
        {
            throw new ArchiveRefusedException("Схема бази даних не оновлена до цієї версії AntiCor: спершу виконайте anticor migrate (або архівуйте тією версією, що з нею працює).");
        }

        var migration = (await db.Database.GetAppliedMigrationsAsync(cancellationToken)).LastOrDefault()
            ?? throw new ArchiveRefusedException("База даних порожня: у ній ще немає схеми, архівувати нічого.");
        var tables = ArchiveTable.FromModel(db);
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            await using var transaction = await BeginSnapshotAsync(cancellationToken);
            var manifest = new ArchiveManifest
            {
                Migration = migration,
                SourceProvider = db.Database.IsNpgsql() ? "Postgres" : "Sqlite",
                CreatedUtc = time.GetUtcNow().UtcDateTime,
                Organization = organizationSlug,
            };
            using var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true);
            var slice = organizationSlug is null ? null : await OrganizationSlice.CutAsync(tables, t => ReadAllAsync(t, transaction, cancellationToken), organizationSlug);
            var evidence = new List<string>();
            foreach (var table in tables)
            {
                var rows = slice is null ? ReadAsync(table, transaction, cancellationToken) : slice[table.Name].ToAsyncEnumerable();
                var count = await WriteTableAsync(zip, manifest, table, rows, evidence, cancellationToken);
                manifest.Tables.Add(new ArchiveManifestTable(table.Name, count, [.. table.Columns.Select(c => new ArchiveManifestColumn(c.Name, ArchiveValue.TypeName(c.Type)))]));
            }

            foreach (var sha in evidence)
            {
                var path = EvidenceFiles.PathIn(evidenceFolder, sha);
                if (path is null || !File.Exists(path))
                {
                    manifest.MissingEvidence.Add(sha);
                    continue;
                }

                await using var file = File.OpenRead(path);
                await AddEntryAsync(zip, manifest, EvidenceFiles.EntryName(sha), s => file.CopyToAsync(s, cancellationToken));
            }

            var manifestEntry = zip.CreateEntry(ArchiveManifest.EntryName, CompressionLevel.Optimal);
            await using (var stream = manifestEntry.Open())
            {
                await stream.WriteAsync(manifest.ToBytes(), cancellationToken);
            }

            return manifest;
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    private async Task<DbTransaction> BeginSnapshotAsync(CancellationToken cancellationToken)
    {
        var connection = db.Database.GetDbConnection();
        if (connection is SqliteConnection sqlite)
        {
            // Deferred: a read snapshot, without the write lock an immediate BEGIN would take from the running app.
            var transaction = sqlite.BeginTransaction(IsolationLevel.Serializable, deferred: true);
            await using var pin = sqlite.CreateCommand();
            pin.Transaction = transaction;
            pin.CommandText = "SELECT count(*) FROM sqlite_master";
            await pin.ExecuteScalarAsync(cancellationToken);
            return transaction;
        }

        return await connection.BeginTransactionAsync(IsolationLevel.RepeatableRead, cancellationToken);
    }

    private async Task<long> WriteTableAsync(ZipArchive zip, ArchiveManifest manifest, ArchiveTable table, IAsyncEnumerable<object?[]> rows, List<string> evidence, CancellationToken cancellationToken)
    {
        var isEvidence = table.Name == EvidenceFiles.Table;
        var shaIndex = Index(table, EvidenceFiles.KeyColumn);
        var bytesIndex = Index(table, EvidenceFiles.BytesColumn);
        long count = 0;
        await AddEntryAsync(zip, manifest, ArchiveTable.EntryName(table.Name), async stream =>
        {
            var newline = new byte[] { (byte)'\n' };
            await foreach (var row in rows.WithCancellation(cancellationToken))
            {
                await using (var json = new Utf8JsonWriter(stream, JsonOptions))
                {
                    json.WriteStartObject();
                    for (var i = 0; i < table.Columns.Count; i++)
                    {
                        json.WritePropertyName(table.Columns[i].Name);
                        ArchiveValue.Write(json, row[i]);
                    }

                    json.WriteEndObject();
                }

                await stream.WriteAsync(newline, cancellationToken);
                count++;
                if (isEvidence && shaIndex >= 0 && bytesIndex >= 0 && row[bytesIndex] is null && row[shaIndex] is string sha)
                {
                    evidence.Add(sha);
                }
            }
        });
        return count;
    }

    // Cyrillic as itself, not \u escapes: the files stay readable. Nothing here is ever put into HTML.
    private static readonly JsonWriterOptions JsonOptions = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private static int Index(ArchiveTable table, string column) => table.Columns.ToList().FindIndex(c => c.Name == column);

    private static async Task AddEntryAsync(ZipArchive zip, ArchiveManifest manifest, string name, Func<Stream, Task> write)
    {
        var entry = zip.CreateEntry(name, CompressionLevel.Optimal);
        await using var stream = entry.Open();
        await using var hashing = new HashingStream(stream);
        await write(hashing);
        await hashing.FlushAsync();
        manifest.Entries.Add(new ArchiveManifestEntry(name, hashing.Written, hashing.Sha256()));
    }

    private async IAsyncEnumerable<object?[]> ReadAsync(ArchiveTable table, DbTransaction transaction, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await using var command = transaction.Connection!.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = SelectSql(table);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            var row = new object?[table.Columns.Count];
            for (var i = 0; i < row.Length; i++)
            {
                row[i] = ArchiveValue.Read(reader, i, table.Columns[i].Type);
            }

            yield return row;
        }
    }

    private async Task<List<object?[]>> ReadAllAsync(ArchiveTable table, DbTransaction transaction, CancellationToken cancellationToken)
    {
        var rows = new List<object?[]>();
        await foreach (var row in ReadAsync(table, transaction, cancellationToken))
        {
            rows.Add(row);
        }

        return rows;
    }

    /// <summary>Rows in key order; on PostgreSQL text keys in byte order ("C"), as SQLite orders them, so both write the same file.</summary>
    private string SelectSql(ArchiveTable table)
    {
        var sql = db.GetService<ISqlGenerationHelper>();
        var postgres = db.Database.IsNpgsql();
        var columns = string.Join(", ", table.Columns.Select(c => sql.DelimitIdentifier(c.Name)));
        var order = string.Join(", ", table.Key.Select(k =>
            sql.DelimitIdentifier(k) + (postgres && table.Column(k)?.Type == typeof(string) ? " COLLATE \"C\"" : "")));
        return $"SELECT {columns} FROM {sql.DelimitIdentifier(table.Name)} ORDER BY {order}";
    }
}
