using Microsoft.EntityFrameworkCore;

namespace AntiCor.Core.Archive;

/// <summary>
/// A stored column: its name, the type its values are read and written as (an array for a
/// primitive collection: a JSON text on SQLite, an array on PostgreSQL), its store type in this
/// database, whether it takes null, and for a collection the model's mapping and type that write it.
/// </summary>
public sealed record ArchiveColumn(string Name, Type Type, string StoreType, bool IsNullable)
{
    public Microsoft.EntityFrameworkCore.Storage.RelationalTypeMapping? CollectionMapping { get; init; }

    public Type? CollectionClrType { get; init; }

    public static ArchiveColumn From(Microsoft.EntityFrameworkCore.Metadata.IColumn column)
    {
        var property = column.PropertyMappings[0].Property;
        if (property.IsPrimitiveCollection && property.GetElementType() is { } element)
        {
            var elementType = Nullable.GetUnderlyingType(element.ClrType) ?? element.ClrType;
            return new ArchiveColumn(column.Name, elementType.MakeArrayType(), column.StoreType, column.IsNullable)
            {
                CollectionMapping = column.PropertyMappings[0].TypeMapping,
                CollectionClrType = property.ClrType,
            };
        }

        return new ArchiveColumn(column.Name, Nullable.GetUnderlyingType(column.ProviderClrType) ?? column.ProviderClrType, column.StoreType, column.IsNullable);
    }
}

/// <summary>A foreign key of a table: its columns, and the principal table's columns they point at.</summary>
public sealed record ArchiveForeignKey(IReadOnlyList<string> Columns, string PrincipalTable, IReadOnlyList<string> PrincipalColumns);

/// <summary>
/// A table of the EF model, read from the relational model rather than from the entity classes,
/// so that every table — Identity's, owned types' own tables, tables later branches add — is
/// archived without being named here. Computed columns are left out (the database makes them).
/// </summary>
public sealed record ArchiveTable(string Name, IReadOnlyList<ArchiveColumn> Columns, IReadOnlyList<string> Key, IReadOnlyList<ArchiveForeignKey> ForeignKeys)
{
    /// <summary>Every table of the model, principals before their dependents (a table pointing at itself is ordered row by row on import).</summary>
    public static IReadOnlyList<ArchiveTable> FromModel(DbContext db)
    {
        var tables = db.Model.GetRelationalModel().Tables
            .Select(t => new ArchiveTable(
                t.Name,
                [.. t.Columns.Where(c => c.ComputedColumnSql is null)
                    .Select(ArchiveColumn.From)
                    .OrderBy(c => c.Name, StringComparer.Ordinal)],
                [.. t.PrimaryKey!.Columns.Select(c => c.Name)],
                [.. t.ForeignKeyConstraints.Select(f => new ArchiveForeignKey(
                    [.. f.Columns.Select(c => c.Name)], f.PrincipalTable.Name, [.. f.PrincipalColumns.Select(c => c.Name)]))]))
            .ToList();
        return Ordered(tables);
    }

    public ArchiveColumn? Column(string name) => Columns.FirstOrDefault(c => c.Name == name);

    public static string EntryName(string table) => $"tables/{table}.jsonl";

    private static List<ArchiveTable> Ordered(List<ArchiveTable> tables)
    {
        var byName = tables.ToDictionary(t => t.Name);
        var ordered = new List<ArchiveTable>();
        var state = new Dictionary<string, bool>();
        foreach (var table in tables.OrderBy(t => t.Name, StringComparer.Ordinal))
        {
            Visit(table);
        }

        return ordered;

        void Visit(ArchiveTable table)
        {
            if (state.TryGetValue(table.Name, out var done))
            {
                if (!done)
                {
                    throw new InvalidOperationException($"Зовнішні ключі таблиць утворюють цикл через {table.Name}: архів не знає, що вставляти першим.");
                }

                return;
            }

            state[table.Name] = false;
            foreach (var principal in table.ForeignKeys.Select(f => f.PrincipalTable).Where(p => p != table.Name).Distinct().OrderBy(p => p, StringComparer.Ordinal))
            {
                Visit(byName[principal]);
            }

            state[table.Name] = true;
            ordered.Add(table);
        }
    }
}
