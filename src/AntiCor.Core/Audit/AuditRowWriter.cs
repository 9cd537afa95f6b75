using System.Data.Common;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;

namespace AntiCor.Core.Audit;

/// <summary>
/// Inserts a save's audit rows in the save's own transaction.
/// Written as EF would write them (its table, columns and type mappings, converters included), but
/// without its change tracker. EF prepares, batches and orders every tracked row one by one: for the
/// two thousand audit rows of one organisation's quarters, that was most of a bulk load's time. On
/// PostgreSQL it is also one round trip for a submission's few rows.
/// </summary>
internal static class AuditRowWriter
{
    public static void Write(DbContext db, IReadOnlyList<AuditEntry> rows)
    {
        using var insert = new Insert(db);
        foreach (var chunk in rows.Chunk(RowsPerStatement(db)))
        {
            insert.For(chunk).ExecuteNonQuery();
        }
    }

    public static async Task WriteAsync(DbContext db, IReadOnlyList<AuditEntry> rows, CancellationToken cancellationToken)
    {
        using var insert = new Insert(db);
        foreach (var chunk in rows.Chunk(RowsPerStatement(db)))
        {
            await insert.For(chunk).ExecuteNonQueryAsync(cancellationToken);
        }
    }

    // PostgreSQL: a round trip per hundred rows. SQLite has no round trips, but binds every
    // parameter by name with a linear search, so a wide statement costs the square of its rows:
    // there one prepared row, executed again and again, is the fastest.
    private static int RowsPerStatement(DbContext db) => db.Database.IsSqlite() ? 1 : 100;

    /// <summary>
    /// The INSERT for a number of rows, kept while that number repeats (SQLite then reuses its
    /// prepared statement, PostgreSQL its auto-prepared one). Its parameters are kept too, and only
    /// their values change: Npgsql binds a prepared command's parameter instances, so replacing them
    /// would run the statement again with the previous rows' values (npgsql/npgsql#3850).
    /// </summary>
    private sealed class Insert : IDisposable
    {
        private readonly DbContext _db;
        private readonly ISqlGenerationHelper _sql;
        private readonly StoreObjectIdentifier _table;

        // Read from the model once per save, not once per row.
        private readonly List<Column> _columns;
        private DbCommand? _command;
        private int _rows;

        public Insert(DbContext db)
        {
            _db = db;
            _sql = db.GetService<ISqlGenerationHelper>();
            var entity = db.Model.FindEntityType(typeof(AuditEntry)) ?? throw new InvalidOperationException("The model has no audit trail.");
            _table = StoreObjectIdentifier.Table(entity.GetTableName()!, entity.GetSchema());
            _columns = [.. entity.GetProperties().Select(p => new Column(p.GetColumnName(_table)!, (RelationalTypeMapping)p.GetTypeMapping(), p.GetGetter(), p.IsNullable))];
        }

        public DbCommand For(AuditEntry[] rows)
        {
            if (_command is null || _rows != rows.Length)
            {
                _command?.Dispose();
                _command = _db.Database.GetDbConnection().CreateCommand();
                _command.Transaction = _db.Database.CurrentTransaction?.GetDbTransaction()
                    ?? throw new InvalidOperationException("Audit rows are written inside the save's transaction.");
                _command.CommandText = Text(rows.Length);
                _rows = rows.Length;
                for (var r = 0; r < rows.Length; r++)
                {
                    for (var c = 0; c < _columns.Count; c++)
                    {
                        // Typed by the column's mapping; the loop below gives every statement its values.
                        _command.Parameters.Add(_columns[c].Mapping.CreateParameter(_command, _sql.GenerateParameterName(Name(r, c)), null, _columns[c].Nullable));
                    }
                }
            }

            for (var r = 0; r < rows.Length; r++)
            {
                for (var c = 0; c < _columns.Count; c++)
                {
                    _command.Parameters[(r * _columns.Count) + c].Value = _columns[c].ProviderValue(rows[r]);
                }
            }

            return _command;
        }

        public void Dispose() => _command?.Dispose();

        private string Text(int rows)
        {
            var text = new StringBuilder("INSERT INTO ").Append(_sql.DelimitIdentifier(_table.Name, _table.Schema)).Append(" (")
                .AppendJoin(", ", _columns.Select(c => _sql.DelimitIdentifier(c.Name))).Append(") VALUES ");
            for (var r = 0; r < rows; r++)
            {
                text.Append(r == 0 ? "(" : ", (")
                    .AppendJoin(", ", _columns.Select((_, c) => _sql.GenerateParameterNamePlaceholder(Name(r, c))))
                    .Append(')');
            }

            return text.ToString();
        }

        private static string Name(int row, int column) => $"a{row}_{column}";

        private sealed record Column(string Name, RelationalTypeMapping Mapping, IClrPropertyGetter Getter, bool Nullable)
        {
            /// <summary>The row's value as the parameter carries it: through the mapping's converter, null as DBNull (as CreateParameter does).</summary>
            public object ProviderValue(AuditEntry row)
            {
                var value = Getter.GetClrValue(row);
                return (Mapping.Converter is { } converter && value is not null ? converter.ConvertToProvider(value) : value) ?? DBNull.Value;
            }
        }
    }
}
