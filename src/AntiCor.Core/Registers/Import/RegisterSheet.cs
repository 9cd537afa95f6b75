using AntiCor.Core.Documents.Import;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace AntiCor.Core.Registers.Import;

/// <summary>
/// Reads a register kept as an XLSX workbook in the columns of its export: the first visible
/// sheet with a header row among its first <see cref="HeaderRows"/> rows, columns matched by the
/// export's headers (or their Ukrainian titles) without regard to case and spaces, in any order.
/// The file is checked as a programme import checks it (type by content, password, zip bomb);
/// a column the register does not know, a required one missing, or more than <see cref="MaxRows"/>
/// rows refuse the whole file. Each row then goes through the register's specification.
/// </summary>
public static class RegisterSheet
{
    public const int HeaderRows = 10;
    public const int MaxRows = 1000;

    public static RegisterImportResult<T> Read<T>(byte[] content, string fileName, IRegisterImportSpec<T> spec)
        where T : class
    {
        try
        {
            var rows = Rows(content, fileName, spec.Columns);
            var byHeader = spec.Columns.ToDictionary(c => c.Header, StringComparer.Ordinal);
            var lines = rows.Select(r =>
            {
                var row = new RegisterImportRow(r.Line, byHeader, r.Cells);
                var input = spec.Parse(row);
                return new RegisterImportLine<T>(r.Line, row.IsValid ? input : null, row.Shown, row.Errors);
            }).ToList();
            return lines.Count == 0 ? RegisterImportResult<T>.Refused(RegisterImportWords.NoRows) : new RegisterImportResult<T>(null, lines);
        }
        catch (ImportException e)
        {
            return RegisterImportResult<T>.Refused(e.Message.Contains("Нічого не збережено", StringComparison.Ordinal) ? e.Message : e.Message + " Нічого не збережено.");
        }
    }

    /// <summary>A header or a value compared as a person reads it: case, runs of spaces and the kind of apostrophe do not matter.</summary>
    public static string Key(string text) =>
        string.Join(' ', text.Replace('’', '\'').Replace('ʼ', '\'').Replace('`', '\'').Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).ToLowerInvariant();

    private sealed record DataRow(int Line, IReadOnlyDictionary<string, string> Cells);

    private static List<DataRow> Rows(byte[] content, string fileName, IReadOnlyList<RegisterImportColumn> columns)
    {
        if (content.Length > RegisterImportWords.MaxBytes)
        {
            throw new ImportException(RegisterImportWords.TooLarge);
        }

        // Type by content: a text file renamed .xlsx, an old .xls or a password-protected workbook are told apart here.
        if (DocumentFormatDetector.Detect(content, fileName) != SourceFormat.Xlsx)
        {
            throw new ImportException(RegisterImportWords.NotXlsx);
        }

        OfficePackageGuard.CheckXlsx(content);
        try
        {
            using var document = SpreadsheetDocument.Open(new MemoryStream(content, writable: false), false);
            var workbook = document.WorkbookPart ?? throw new ImportException(RegisterImportWords.NoSheets);
            var values = new XlsxCellValues(workbook);
            var sheets = workbook.Workbook?.Sheets?.Elements<Sheet>()
                .Where(XlsxAttributes.IsVisible)
                .Select(s => (Name: s.Name?.Value ?? "", Part: XlsxAttributes.Worksheet(workbook, s)))
                .Where(s => s.Part is not null)
                .ToList() ?? [];
            if (sheets.Count == 0)
            {
                throw new ImportException(RegisterImportWords.NoSheets);
            }

            foreach (var (name, part) in sheets)
            {
                // Enough rows to find the header and to tell a table over the limit, and no more.
                var rows = XlsxSheetReader.Read(part!, name, values, HeaderRows + MaxRows + 1);
                var header = rows.Take(HeaderRows).Select((r, i) => (Row: r, Index: i)).FirstOrDefault(x => Matches(x.Row, columns) >= Math.Min(2, columns.Count));
                if (header.Row is not null)
                {
                    return Data(rows, header.Index, columns);
                }
            }

            throw new ImportException(RegisterImportWords.NoTable(HeaderRows, columns.Where(c => c.Use == ImportColumnUse.Required).Select(c => c.Header)));
        }
        catch (Exception e) when (BrokenPackage.Is(e))
        {
            throw new ImportException(RegisterImportWords.Broken);
        }
    }

    private static RegisterImportColumn? ColumnOf(string title, IReadOnlyList<RegisterImportColumn> columns)
    {
        var key = Key(title);
        return columns.FirstOrDefault(c => Key(c.Header) == key) ?? columns.FirstOrDefault(c => Key(c.Title) == key);
    }

    private static int Matches(RawRow row, IReadOnlyList<RegisterImportColumn> columns) =>
        row.Cells.Count(c => !c.IsEmpty && ColumnOf(c.Joined, columns) is not null);

    private static List<DataRow> Data(List<RawRow> rows, int headerIndex, IReadOnlyList<RegisterImportColumn> columns)
    {
        var titles = rows[headerIndex].Cells.Select(c => c.Joined.Trim()).ToList();
        var positions = new Dictionary<int, RegisterImportColumn>();
        var unknown = new List<string>();
        var repeated = new List<string>();
        for (var i = 0; i < titles.Count; i++)
        {
            if (titles[i].Length == 0)
            {
                continue;
            }

            if (ColumnOf(titles[i], columns) is not { } column)
            {
                unknown.Add(titles[i]);
            }
            else if (positions.ContainsValue(column))
            {
                repeated.Add(titles[i]);
            }
            else
            {
                positions[i] = column;
            }
        }

        var missing = columns.Where(c => c.Use == ImportColumnUse.Required && !positions.ContainsValue(c)).Select(c => c.Header).ToList();
        if (missing.Count > 0 || unknown.Count > 0 || repeated.Count > 0)
        {
            throw new ImportException(RegisterImportWords.Columns(missing, unknown, repeated));
        }

        var data = rows.Skip(headerIndex + 1).Where(r => r.Cells.Any(c => !c.IsEmpty)).ToList();
        if (data.Count > MaxRows)
        {
            throw new ImportException(RegisterImportWords.TooManyRows(MaxRows));
        }

        return data.Select(r => new DataRow(r.Line, positions
                .Where(p => p.Value.Use != ImportColumnUse.Derived)
                .ToDictionary(p => p.Value.Header, p => p.Key < r.Cells.Count ? string.Join("\n", r.Cells[p.Key].Paragraphs) : "", StringComparer.Ordinal)))
            .ToList();
    }
}
