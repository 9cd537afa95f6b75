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

    /// <summary>The INSERT for a number of rows, kept while that number repeats (SQLite then reuses its prepared statement).</summary>
    private sealed class Insert(DbContext db) : IDisposable
    {
        private readonly IEntityType _entity = db.Model.FindEntityType(typeof(AuditEntry)) ?? throw new InvalidOperationException("The model has no audit trail.");
        private readonly ISqlGenerationHelper _sql = db.GetService<ISqlGenerationHelper>();
        private DbCommand? _command;
        private int _rows;

        public DbCommand For(AuditEntry[] rows)
        {
            var table = StoreObjectIdentifier.Table(_entity.GetTableName()!, _entity.GetSchema());
            var columns = _entity.GetProperties().Select(p => (Property: p, Column: p.GetColumnName(table)!)).ToList();
            if (_command is null || _rows != rows.Length)
            {
                _command?.Dispose();
                _command = db.Database.GetDbConnection().CreateCommand();
                _command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction()
                    ?? throw new InvalidOperationException("Audit rows are written inside the save's transaction.");
                _command.CommandText = Text(table, columns.Select(c => c.Column).ToList(), rows.Length);
                _rows = rows.Length;
            }

            _command.Parameters.Clear();
            for (var r = 0; r < rows.Length; r++)
            {
                for (var c = 0; c < columns.Count; c++)
                {
                    var property = columns[c].Property;
                    var mapping = (RelationalTypeMapping)property.GetTypeMapping();
                    _command.Parameters.Add(mapping.CreateParameter(_command, _sql.GenerateParameterName(Name(r, c)), property.GetGetter().GetClrValue(rows[r]), property.IsNullable));
                }
            }

            return _command;
        }

        public void Dispose() => _command?.Dispose();

        private string Text(StoreObjectIdentifier table, List<string> columns, int rows)
        {
            var text = new StringBuilder("INSERT INTO ").Append(_sql.DelimitIdentifier(table.Name, table.Schema)).Append(" (")
                .AppendJoin(", ", columns.Select(c => _sql.DelimitIdentifier(c))).Append(") VALUES ");
            for (var r = 0; r < rows; r++)
            {
                text.Append(r == 0 ? "(" : ", (")
                    .AppendJoin(", ", columns.Select((_, c) => _sql.GenerateParameterNamePlaceholder(Name(r, c))))
                    .Append(')');
            }

            return text.ToString();
        }

        private static string Name(int row, int column) => $"a{row}_{column}";
    }
}
