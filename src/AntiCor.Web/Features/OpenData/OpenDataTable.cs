using System.Globalization;
using CsvHelper;
using MiniExcelLibs;

namespace AntiCor.Web.Features.OpenData;

/// <summary>One column of a downloadable list: its field name (as in the JSON), what it holds, and its value.</summary>
public sealed record OpenDataColumn<T>(string Name, string Description, Func<T, object?> Value);

/// <summary>
/// A list as a table: the same rows as CSV (UTF-8 with a byte order mark, so that Excel reads
/// Cyrillic; a cell that starts like a formula gets an apostrophe) or as XLSX (one sheet, a header
/// row of field names). The columns are also the data set's structure in its passport.
/// </summary>
public sealed class OpenDataTable<T>(string name, string title, IReadOnlyList<OpenDataColumn<T>> columns)
{
    public string Name => name;

    public string Title => title;

    public IReadOnlyList<OpenDataColumn<T>> Columns => columns;

    public byte[] Csv(IEnumerable<T> rows)
    {
        using var buffer = new MemoryStream();
        var options = CsvWriterOptions.Default with { WriteByteOrderMark = true, Injection = CsvInjection.Escape };
        using (var writer = CsvWriter.Create(buffer, options, leaveOpen: true))
        {
            writer.WriteHeader(columns.Select(c => c.Name).ToArray());
            foreach (var row in rows)
            {
                writer.WriteRecord(columns.Select(c => Text(c.Value(row))).ToArray());
            }

            writer.Flush();
        }

        return buffer.ToArray();
    }

    public byte[] Xlsx(IEnumerable<T> rows)
    {
        var sheet = rows.Select(row => (IDictionary<string, object?>)columns.ToDictionary(c => c.Name, c => Cell(c.Value(row)))).ToList();
        if (sheet.Count == 0)
        {
            // A header row even when the page is empty.
            sheet.Add(columns.ToDictionary(c => c.Name, _ => (object?)null));
        }

        using var buffer = new MemoryStream();
        MiniExcel.SaveAs(buffer, sheet, printHeader: true, sheetName: title, excelType: ExcelType.XLSX);
        return buffer.ToArray();
    }

    private static string? Text(object? value) => value switch
    {
        null => null,
        DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        DateTime t => t.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture),
        bool b => b ? "true" : "false",
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString(),
    };

    private static object? Cell(object? value) => value is int or long or decimal ? value : Text(value);
}
