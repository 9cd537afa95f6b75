using System.Data.Common;
using System.Text.Json;
using AntiCor.Core.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.EntityFrameworkCore.Storage;

namespace AntiCor.Core.Archive;

/// <summary>
/// Loads a verified archive into an empty database of either provider: migrates the schema to the
/// archive's migration, inserts every row with its own keys in one transaction (foreign keys
/// checked at commit on SQLite; on PostgreSQL tables principals first, and a table pointing at
/// itself parents first), moves PostgreSQL's identity sequences past the keys loaded, then applies
/// the migrations that came after the archive. The rows go in as stored, past EF and its audit
/// interceptor: the audit chains arrive exactly as they left.
/// </summary>
public sealed class ArchiveImporter(AppDbContext db, string? evidenceFolder)
{
    /// <summary>
    /// Tables a migration fills (ReportingCycle inserts Ukraine's public holidays): a database holding
    /// only their rows is still empty, and an archive that has rows of them replaces those rows.
    /// ArchiveCommandTests checks this list against what a freshly migrated database holds.
    /// </summary>
    public static readonly IReadOnlySet<string> SeededByMigrations = new HashSet<string> { "PublicHolidays" };

    public async Task<IReadOnlyList<ArchiveManifestTable>> ImportAsync(ArchiveFile archive, CancellationToken cancellationToken = default)
    {
        var manifest = archive.Manifest;
        var known = db.Database.GetMigrations().ToList();
        var schema = SameSchema(known, manifest.Migration);
        var at = known.IndexOf(schema);

        var applied = (await db.Database.GetAppliedMigrationsAsync(cancellationToken)).ToList();
        if (applied.Count > 0)
        {
            await RefuseUnlessEmptyAsync(ArchiveTable.FromModel(db).Select(t => t.Name).Where(t => !SeededByMigrations.Contains(t)), cancellationToken);
            if (known.IndexOf(applied[^1]) > at)
            {
                throw new ArchiveRefusedException(
                    $"База даних уже має новішу схему (міграція {applied[^1]}), ніж архів ({manifest.Migration}): імпортуйте архів до нової, зовсім порожньої бази.");
            }
        }

        var migrator = db.GetService<IMigrator>();
        await migrator.MigrateAsync(schema, cancellationToken);
        await RefuseUnlessEmptyAsync(manifest.Tables.Select(t => t.Name).Where(t => !SeededByMigrations.Contains(t)), cancellationToken);

        var target = ArchiveTable.FromModel(db).ToDictionary(t => t.Name);
        if (schema == known[^1] && manifest.Tables.FirstOrDefault(t => !target.TryGetValue(t.Name, out var mine) || t.Columns.Any(c => mine.Column(c.Name) is null)) is { } unknown)
        {
            throw new ArchiveRefusedException(
                $"Архів має схему новішої версії AntiCor (міграція {manifest.Migration}; таблиці {unknown.Name} тут немає такої): оновіть AntiCor і повторіть імпорт. Нічого не записано.");
        }

        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            await using (var transaction = await db.Database.GetDbConnection().BeginTransactionAsync(cancellationToken))
            {
                if (db.Database.IsSqlite())
                {
                    await ExecuteAsync(transaction, "PRAGMA defer_foreign_keys = ON", cancellationToken);
                }

                foreach (var seeded in manifest.Tables.Where(t => SeededByMigrations.Contains(t.Name) && t.Rows > 0))
                {
                    await ExecuteAsync(transaction, $"DELETE FROM {db.GetService<ISqlGenerationHelper>().DelimitIdentifier(seeded.Name)}", cancellationToken);
                }

                foreach (var table in manifest.Tables)
                {
                    long loaded;
                    try
                    {
                        loaded = await LoadTableAsync(archive, transaction, table, target.GetValueOrDefault(table.Name), cancellationToken);
                    }
                    catch (DbException e)
                    {
                        throw new ArchiveRefusedException($"Записи таблиці {table.Name} не вкладаються в схему цієї бази ({e.Message}). Нічого не записано.");
                    }

                    if (loaded != table.Rows)
                    {
                        throw new ArchiveRefusedException($"Архів пошкоджено: у таблиці {table.Name} {loaded} записів, а manifest.json називає {table.Rows}. Нічого не записано.");
                    }
                }

                if (db.Database.IsNpgsql())
                {
                    await MoveIdentitySequencesAsync(transaction, cancellationToken);
                }

                await transaction.CommitAsync(cancellationToken);
            }
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }

        await CopyEvidenceFilesAsync(archive, cancellationToken);
        await migrator.MigrateAsync(cancellationToken: cancellationToken);
        return manifest.Tables;
    }

    /// <summary>
    /// This provider's migration of the archive's schema. Each provider has its own migrations
    /// (their ids differ by the seconds they were made apart, and a few exist for one provider
    /// only, as SQLite's search triggers after a table rebuild): the same id, else the same
    /// name, else the last one made before it.
    /// </summary>
    private static string SameSchema(List<string> known, string migration)
    {
        static string Name(string id) => id[(id.IndexOf('_', StringComparison.Ordinal) + 1)..];
        var match = known.FirstOrDefault(m => m == migration)
            ?? known.FirstOrDefault(m => Name(m) == Name(migration))
            ?? known.LastOrDefault(m => string.CompareOrdinal(m, migration) < 0);
        return match ?? throw new ArchiveRefusedException(
            $"Архів має схему новішої версії AntiCor (міграція {migration}), ніж ця програма знає: оновіть AntiCor і повторіть імпорт.");
    }

    private async Task RefuseUnlessEmptyAsync(IEnumerable<string> tables, CancellationToken cancellationToken)
    {
        var sql = db.GetService<ISqlGenerationHelper>();
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            foreach (var table in tables)
            {
                await using var command = db.Database.GetDbConnection().CreateCommand();
                command.CommandText = $"SELECT 1 FROM {sql.DelimitIdentifier(table)} LIMIT 1";
                object? any;
                try
                {
                    any = await command.ExecuteScalarAsync(cancellationToken);
                }
                catch (DbException)
                {
                    continue; // not created yet by the schema this database has
                }

                if (any is not null)
                {
                    throw new ArchiveRefusedException(
                        $"База даних не порожня (у таблиці {table} є записи): архів відновлюється лише до порожньої бази. Нічого не записано.");
                }
            }
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    private async Task<long> LoadTableAsync(ArchiveFile archive, DbTransaction transaction, ArchiveManifestTable table, ArchiveTable? target, CancellationToken cancellationToken)
    {
        var sql = db.GetService<ISqlGenerationHelper>();
        var mappings = db.GetService<IRelationalTypeMappingSource>();
        var columns = table.Columns.Select(c =>
        {
            var current = target?.Column(c.Name);
            var type = current?.Type ?? ArchiveValue.TypeOf(c.Type);
            var mapping = current?.CollectionMapping ?? (current is null ? null : mappings.FindMapping(type, current.StoreType)) ?? mappings.FindMapping(type)
                ?? throw new ArchiveRefusedException($"Стовпець {table.Name}.{c.Name}: тип {c.Type} ця база даних не зберігає.");
            var utc = db.Database.IsNpgsql() && mapping.StoreType.Contains("with time zone", StringComparison.OrdinalIgnoreCase);
            return (c.Name, Type: type, Mapping: mapping, Utc: utc, Collection: current?.CollectionClrType);
        }).ToList();
        var insert = $"INSERT INTO {sql.DelimitIdentifier(table.Name)} ({string.Join(", ", columns.Select(c => sql.DelimitIdentifier(c.Name)))}) " +
            $"VALUES ({string.Join(", ", columns.Select((_, i) => "@p" + i))})";

        var rows = await ReadRowsAsync(archive, table, columns.Select(c => (c.Name, c.Type, c.Utc)).ToList(), cancellationToken);
        rows = ParentsFirst(rows, table, target);
        var bytesAt = table.Name == EvidenceFiles.Table ? columns.FindIndex(c => c.Name == EvidenceFiles.BytesColumn) : -1;
        var shaAt = table.Name == EvidenceFiles.Table ? columns.FindIndex(c => c.Name == EvidenceFiles.KeyColumn) : -1;
        foreach (var row in rows)
        {
            if (bytesAt >= 0 && shaAt >= 0 && row[bytesAt] is null && evidenceFolder is null && row[shaAt] is string sha && archive.Has(EvidenceFiles.EntryName(sha)))
            {
                // No evidence folder here: the file comes into the database, where this deployment keeps evidence.
                await using var entry = archive.Open(EvidenceFiles.EntryName(sha));
                using var buffer = new MemoryStream();
                await entry.CopyToAsync(buffer, cancellationToken);
                row[bytesAt] = buffer.ToArray();
            }

            await using var command = transaction.Connection!.CreateCommand();
            command.Transaction = transaction;
            command.CommandText = insert;
            for (var i = 0; i < columns.Count; i++)
            {
                var value = row[i] is Array items && columns[i].Collection is { } collection && !collection.IsInstanceOfType(items)
                    ? Activator.CreateInstance(collection, items) // the model's List<T> from the archive's array
                    : row[i];
                command.Parameters.Add(columns[i].Mapping.CreateParameter(command, "p" + i, value, nullable: true));
            }

            await command.ExecuteNonQueryAsync(cancellationToken);
        }

        return rows.Count;
    }

    private static async Task<List<object?[]>> ReadRowsAsync(ArchiveFile archive, ArchiveManifestTable table, List<(string Name, Type Type, bool Utc)> columns, CancellationToken cancellationToken)
    {
        var rows = new List<object?[]>();
        await using var stream = archive.Open(ArchiveTable.EntryName(table.Name));
        using var reader = new StreamReader(stream);
        while (await reader.ReadLineAsync(cancellationToken) is { } line)
        {
            if (line.Length == 0)
            {
                continue;
            }

            using var json = JsonDocument.Parse(line);
            var row = new object?[columns.Count];
            for (var i = 0; i < columns.Count; i++)
            {
                row[i] = json.RootElement.TryGetProperty(columns[i].Name, out var value) ? ArchiveValue.Parse(value, columns[i].Type, columns[i].Utc) : null;
            }

            rows.Add(row);
        }

        return rows;
    }

    /// <summary>A table that points at itself (an organisation's parent): each row after the row it points at.</summary>
    private static List<object?[]> ParentsFirst(List<object?[]> rows, ArchiveManifestTable table, ArchiveTable? target)
    {
        var self = target?.ForeignKeys.FirstOrDefault(f => f.PrincipalTable == table.Name);
        if (self is null)
        {
            return rows;
        }

        var names = table.Columns.Select(c => c.Name).ToList();
        int[] At(IEnumerable<string> cols) => [.. cols.Select(c => names.IndexOf(c))];
        string? Key(object?[] row, int[] at) => at.Any(i => i < 0 || row[i] is null) ? null : string.Join("\u001f", at.Select(i => ArchiveValue.Text(row[i])));
        var keyAt = At(self.PrincipalColumns);
        var refAt = At(self.Columns);
        var byKey = rows.Where(r => Key(r, keyAt) is not null).ToDictionary(r => Key(r, keyAt)!);
        var ordered = new List<object?[]>();
        var placed = new HashSet<object?[]>(ReferenceEqualityComparer.Instance);
        foreach (var row in rows)
        {
            Place(row, 0);
        }

        return ordered;

        void Place(object?[] row, int depth)
        {
            if (placed.Contains(row) || depth > rows.Count)
            {
                return;
            }

            if (Key(row, refAt) is { } parent && byKey.TryGetValue(parent, out var parentRow) && parentRow != row)
            {
                Place(parentRow, depth + 1);
            }

            if (placed.Add(row))
            {
                ordered.Add(row);
            }
        }
    }

    private static async Task MoveIdentitySequencesAsync(DbTransaction transaction, CancellationToken cancellationToken)
    {
        var identities = new List<(string Table, string Column)>();
        await using (var command = transaction.Connection!.CreateCommand())
        {
            command.Transaction = transaction;
            command.CommandText = "SELECT table_name, column_name FROM information_schema.columns WHERE is_identity = 'YES' AND table_schema = current_schema()";
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                identities.Add((reader.GetString(0), reader.GetString(1)));
            }
        }

        foreach (var (table, column) in identities)
        {
            var quoted = $"\"{table.Replace("\"", "\"\"", StringComparison.Ordinal)}\"";
            var col = $"\"{column.Replace("\"", "\"\"", StringComparison.Ordinal)}\"";
            await ExecuteAsync(transaction,
                $"SELECT setval(pg_get_serial_sequence('{quoted.Replace("'", "''", StringComparison.Ordinal)}', '{column.Replace("'", "''", StringComparison.Ordinal)}'), " +
                $"(SELECT COALESCE(MAX({col}), 0) + 1 FROM {quoted}), false)", cancellationToken);
        }
    }

    private async Task CopyEvidenceFilesAsync(ArchiveFile archive, CancellationToken cancellationToken)
    {
        if (evidenceFolder is null)
        {
            return;
        }

        foreach (var entry in archive.Manifest.Entries.Where(e => e.Path.StartsWith("evidence/", StringComparison.Ordinal)))
        {
            var path = EvidenceFiles.PathIn(evidenceFolder, entry.Path["evidence/".Length..]);
            if (path is null || File.Exists(path))
            {
                continue;
            }

            Directory.CreateDirectory(evidenceFolder);
            var temporary = path + "." + Guid.NewGuid().ToString("N") + ".tmp";
            await using (var source = archive.Open(entry.Path))
            await using (var file = File.Create(temporary))
            {
                await source.CopyToAsync(file, cancellationToken);
            }

            File.Move(temporary, path, overwrite: true);
        }
    }

    private static async Task ExecuteAsync(DbTransaction transaction, string sql, CancellationToken cancellationToken)
    {
        await using var command = transaction.Connection!.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
