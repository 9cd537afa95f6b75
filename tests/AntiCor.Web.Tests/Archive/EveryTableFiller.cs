using System.Text.RegularExpressions;
using AntiCor.Core.Archive;
using AntiCor.Core.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;

namespace AntiCor.Web.Tests.Archive;

/// <summary>
/// Gives every table of the model that the real flows left empty one row, made from its columns'
/// types, its foreign keys pointing at rows already there. It knows no table by name (bar the
/// audit chains, which only real flows may write), so a table a later branch adds gets a row too:
/// the archive and upgrade tests then cover it without being told.
/// </summary>
public static partial class EveryTableFiller
{
    private static readonly HashSet<string> OnlyByRealFlows = ["AuditEntries", "AuditCheckpoints"];

    public static async Task FillAsync(AppDbContext db)
    {
        var sql = db.GetService<ISqlGenerationHelper>();
        var mappings = db.GetService<IRelationalTypeMappingSource>();
        await db.Database.OpenConnectionAsync();
        try
        {
            var connection = db.Database.GetDbConnection();
            foreach (var table in ArchiveTable.FromModel(db).Where(t => !OnlyByRealFlows.Contains(t.Name)))
            {
                await using var any = connection.CreateCommand();
                any.CommandText = $"SELECT 1 FROM {sql.DelimitIdentifier(table.Name)} LIMIT 1";
                if (await any.ExecuteScalarAsync() is not null)
                {
                    continue;
                }

                var values = new Dictionary<string, object?>();
                foreach (var fk in table.ForeignKeys.Where(f => f.PrincipalTable != table.Name))
                {
                    await using var pick = connection.CreateCommand();
                    pick.CommandText = $"SELECT {string.Join(", ", fk.PrincipalColumns.Select(sql.DelimitIdentifier))} FROM {sql.DelimitIdentifier(fk.PrincipalTable)} LIMIT 1";
                    await using var reader = await pick.ExecuteReaderAsync();
                    Assert.True(await reader.ReadAsync(), $"{table.Name}: its principal {fk.PrincipalTable} has no row to point at");
                    for (var i = 0; i < fk.Columns.Count; i++)
                    {
                        values.TryAdd(fk.Columns[i], ArchiveValue.Read(reader, i, table.Column(fk.Columns[i])!.Type));
                    }
                }

                await using var insert = connection.CreateCommand();
                var columns = table.Columns.Where(c => !(c.IsNullable && table.ForeignKeys.Any(f => f.PrincipalTable == table.Name && f.Columns.Contains(c.Name)))).ToList();
                insert.CommandText = $"INSERT INTO {sql.DelimitIdentifier(table.Name)} ({string.Join(", ", columns.Select(c => sql.DelimitIdentifier(c.Name)))}) " +
                    $"VALUES ({string.Join(", ", columns.Select((_, i) => "@p" + i))})";
                for (var i = 0; i < columns.Count; i++)
                {
                    var c = columns[i];
                    var maxLength = db.Model.GetRelationalModel().FindTable(table.Name, null)?.FindColumn(c.Name)?.MaxLength;
                    var value = values.TryGetValue(c.Name, out var v) ? v : Sample(c, maxLength, db.Database.IsNpgsql());
                    var mapping = mappings.FindMapping(c.Type, c.StoreType) ?? mappings.FindMapping(c.Type)!;
                    insert.Parameters.Add(mapping.CreateParameter(insert, "p" + i, value, nullable: true));
                }

                await insert.ExecuteNonQueryAsync();
            }
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    /// <summary>A value of the column's type that any column of that type takes (text cut to the column's length).</summary>
    private static object Sample(ArchiveColumn column, int? maxLength, bool postgres)
    {
        var length = maxLength ?? (LengthOf().Match(column.StoreType) is { Success: true } m ? int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture) : 64);
        var text = $"т{column.Name}-{Guid.NewGuid():N}";
        return column.Type switch
        {
            _ when column.Type == typeof(string) => text[..Math.Min(text.Length, length)],
            _ when column.Type == typeof(bool) => true,
            _ when column.Type == typeof(byte) => (byte)1,
            _ when column.Type == typeof(short) => (short)1,
            _ when column.Type == typeof(int) => 1,
            _ when column.Type == typeof(long) => 1L,
            _ when column.Type == typeof(float) => 1.5f,
            _ when column.Type == typeof(double) => 1.5,
            _ when column.Type == typeof(decimal) => 1.5m,
            _ when column.Type == typeof(Guid) => Guid.CreateVersion7(new DateTimeOffset(2026, 1, 2, 3, 4, 5, TimeSpan.Zero)),
            _ when column.Type == typeof(DateTime) => new DateTime(2026, 1, 2, 3, 4, 5, 123, 456, postgres ? DateTimeKind.Utc : DateTimeKind.Unspecified),
            _ when column.Type == typeof(DateTimeOffset) => new DateTimeOffset(2026, 1, 2, 3, 4, 5, TimeSpan.Zero),
            _ when column.Type == typeof(DateOnly) => new DateOnly(2026, 1, 2),
            _ when column.Type == typeof(TimeOnly) => new TimeOnly(3, 4, 5),
            _ when column.Type == typeof(TimeSpan) => TimeSpan.FromMinutes(90),
            _ when column.Type == typeof(byte[]) => new byte[] { 1, 2, 3 },
            _ => throw new NotSupportedException(column.Type.Name),
        };
    }

    [GeneratedRegex(@"\((\d+)\)")]
    private static partial Regex LengthOf();
}
