using AntiCor.Core.Contracts;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace AntiCor.Core.Documents.Import;

/// <summary>
/// Reads a programme kept as an Excel workbook (often the annex alone, without the order's text):
/// the first visible sheet whose first rows hold a table's header is used, or the sheet asked
/// for; the rows above the header are the paragraphs before the table (a title, an approval
/// block), a signature under it the paragraphs after. The other sheets are named in a warning.
/// </summary>
public static class XlsxDocumentReader
{
    private const int SignatureRows = 4;

    /// <summary>The visible sheets whose first rows hold a table's header, for the coordinator to choose from; empty when the file cannot be read.</summary>
    public static IReadOnlyList<string> SheetsWithTable(byte[] content)
    {
        try
        {
            OfficePackageGuard.CheckXlsx(content);
            using var document = SpreadsheetDocument.Open(new MemoryStream(content, writable: false), false);
            if (document.WorkbookPart is not { } workbook)
            {
                return [];
            }

            var values = new XlsxCellValues(workbook);
            return VisibleSheets(workbook)
                .Where(s => HeaderReader.Locate(XlsxSheetReader.Read(s.Part, s.Name, values, HeaderReader.SearchRows)) is not null)
                .Select(s => s.Name)
                .ToList();
        }
        catch (Exception e) when (e is ImportException || BrokenPackage.Is(e))
        {
            return [];
        }
    }

    /// <param name="content">The workbook's bytes.</param>
    /// <param name="sheet">The sheet to read, by name; null for the first that holds a table.</param>
    public static SourceDocument Read(byte[] content, string? sheet = null)
    {
        OfficePackageGuard.CheckXlsx(content);
        try
        {
            using var document = SpreadsheetDocument.Open(new MemoryStream(content, writable: false), false);
            var workbook = document.WorkbookPart ?? throw new ImportException("У книзі XLSX немає аркушів.");
            return ReadWorkbook(workbook, sheet);
        }
        catch (Exception e) when (BrokenPackage.Is(e))
        {
            throw new ImportException("Файл XLSX пошкоджено або він не є книгою Excel.");
        }
    }

    private static SourceDocument ReadWorkbook(WorkbookPart workbook, string? wanted)
    {
        var values = new XlsxCellValues(workbook);
        var sheets = VisibleSheets(workbook);
        if (sheets.Count == 0)
        {
            throw new ImportException("У книзі XLSX немає аркушів.");
        }

        var (name, part) = wanted is null ? FirstWithTable(sheets, values) : Named(sheets, wanted);
        var rows = XlsxSheetReader.Read(part, name, values);
        var warnings = new List<ImportWarning>();
        var others = sheets.Where(s => s.Name != name).Select(s => $"«{s.Name}»").ToList();
        if (others.Count > 0)
        {
            warnings.Add(new ImportWarning(
                WarningCodes.OtherSheets,
                $"Імпортовано аркуш «{name}»; у книзі є й інші аркуші: {string.Join(", ", others)}. Щоб імпортувати інший, оберіть його.",
                null));
        }

        var first = TableStart(rows);
        var end = TableEnd(rows, first);
        return new SourceDocument(
            Paragraphs(rows.Take(first)),
            TableAssembler.Assemble(rows.Skip(first).Take(end - first).ToList(), warnings),
            Paragraphs(rows.Skip(end)),
            warnings);
    }

    private static List<(string Name, WorksheetPart Part)> VisibleSheets(WorkbookPart workbook) =>
        workbook.Workbook?.Sheets?.Elements<Sheet>()
            .Where(XlsxAttributes.IsVisible)
            .Select(s => (Name: s.Name?.Value ?? "", Part: XlsxAttributes.Worksheet(workbook, s)))
            .Where(s => s.Part is not null)
            .Select(s => (s.Name, s.Part!))
            .ToList() ?? [];

    /// <summary>The first sheet whose header names the measures; else one with any header; else one three columns wide.</summary>
    private static (string, WorksheetPart) FirstWithTable(List<(string Name, WorksheetPart Part)> sheets, XlsxCellValues values)
    {
        var probed = sheets
            .Select(s => (Sheet: s, Rows: XlsxSheetReader.Read(s.Part, s.Name, values, HeaderReader.SearchRows)))
            .Select(p => (p.Sheet, p.Rows, Header: HeaderReader.Locate(p.Rows)))
            .ToList();
        var chosen = probed.FirstOrDefault(p => p.Header?.NamesMeasures == true).Sheet;
        chosen = chosen.Part is null ? probed.FirstOrDefault(p => p.Header is not null).Sheet : chosen;
        chosen = chosen.Part is null ? probed.FirstOrDefault(p => p.Rows.Any(r => r.Cells.Count(c => !c.IsEmpty) >= 3)).Sheet : chosen;
        return chosen.Part is not null
            ? chosen
            : throw new ImportException("У книзі не знайдено аркуша з таблицею заходів.");
    }

    private static (string, WorksheetPart) Named(List<(string Name, WorksheetPart Part)> sheets, string wanted) =>
        sheets.FirstOrDefault(s => string.Equals(s.Name.Trim(), wanted.Trim(), StringComparison.OrdinalIgnoreCase)) is { Part: not null } found
            ? found
            : throw new ImportException($"У книзі немає аркуша «{wanted}»; є аркуші: {string.Join(", ", sheets.Select(s => $"«{s.Name}»"))}.");

    /// <summary>The header's row; without one, the first row of at least two filled cells (rows of one cell above are a title).</summary>
    private static int TableStart(List<RawRow> rows)
    {
        if (HeaderReader.Locate(rows) is { } header)
        {
            return header.FirstRow;
        }

        var start = rows.FindIndex(r => r.Cells.Count(c => !c.IsEmpty) >= 2);
        return start < 0 ? 0 : start;
    }

    /// <summary>Where the signature under the table begins ("Начальник відділу … Іван ПЕТРЕНКО"), or the end.</summary>
    private static int TableEnd(List<RawRow> rows, int start)
    {
        for (var i = Math.Max(start + 1, rows.Count - SignatureRows); i < rows.Count; i++)
        {
            var filled = rows[i].Cells.Where(c => !c.IsEmpty).ToList();
            var at = rows[i].Cells.ToList().FindIndex(c => !c.IsEmpty);
            if (filled.Count is > 0 and <= 2 && at <= 1 && PreambleParser.StartsWithPosition(filled[0].Joined))
            {
                return i;
            }
        }

        return rows.Count;
    }

    private static List<SourceParagraph> Paragraphs(IEnumerable<RawRow> rows) =>
        rows.SelectMany(r => r.Cells.SelectMany(c => c.Paragraphs).Select(p => new SourceParagraph(p, r.Line))).ToList();
}
