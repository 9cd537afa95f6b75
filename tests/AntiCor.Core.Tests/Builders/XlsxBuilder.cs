using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace AntiCor.Core.Tests.Builders;

/// <summary>
/// Builds XLSX workbooks the way Excel writes them, for importer tests, from the same cells as
/// <see cref="DocxBuilder"/>: text in the shared-string table, a cell's paragraphs as line breaks,
/// spans and vertical merges as merged ranges, digits as numbers, and (on request) dates as
/// serial numbers with a date style. Sheets may be hidden.
/// </summary>
internal sealed class XlsxBuilder
{
    private readonly List<(string Name, IReadOnlyList<DocxCell[]> Rows, bool Hidden, bool Dates)> _sheets = [];

    public XlsxBuilder Sheet(string name, IEnumerable<DocxCell[]> rows, bool hidden = false, bool datesAsNumbers = false)
    {
        _sheets.Add((name, rows.ToList(), hidden, datesAsNumbers));
        return this;
    }

    public byte[] Build()
    {
        using var stream = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var workbook = document.AddWorkbookPart();
            workbook.Workbook = new Workbook();
            var strings = new List<string>();
            var sheets = new Sheets();
            uint id = 1;
            foreach (var (name, rows, hidden, dates) in _sheets)
            {
                var part = workbook.AddNewPart<WorksheetPart>();
                part.Worksheet = Worksheet(rows, strings, dates);
                sheets.Append(new Sheet { Name = name, SheetId = id++, Id = workbook.GetIdOfPart(part), State = hidden ? SheetStateValues.Hidden : null });
            }

            workbook.Workbook.Append(sheets);
            var shared = workbook.AddNewPart<SharedStringTablePart>();
            shared.SharedStringTable = new SharedStringTable(strings.Select(s => new SharedStringItem(new Text(s) { Space = SpaceProcessingModeValues.Preserve })));
            var styles = workbook.AddNewPart<WorkbookStylesPart>();
            styles.Stylesheet = new Stylesheet(
                new Fonts(new Font()),
                new Fills(new Fill(new PatternFill { PatternType = PatternValues.None })),
                new Borders(new Border()),
                new CellStyleFormats(new CellFormat()),
                new CellFormats(new CellFormat(), new CellFormat { NumberFormatId = 14, ApplyNumberFormat = true }));
        }

        return stream.ToArray();
    }

    private static Worksheet Worksheet(IReadOnlyList<DocxCell[]> rows, List<string> strings, bool dates)
    {
        var data = new SheetData();
        var merges = new List<string>();
        for (var r = 0; r < rows.Count; r++)
        {
            var row = new Row { RowIndex = (uint)(r + 1) };
            var column = 0;
            foreach (var cell in rows[r])
            {
                if (!cell.MergeContinue && cell.Paragraphs.Length > 0)
                {
                    row.Append(Cell(Reference(r, column), string.Join("\n", cell.Paragraphs), strings, dates));
                }

                var bottom = r;
                if (cell.MergeStart)
                {
                    while (bottom + 1 < rows.Count && CellAt(rows[bottom + 1], column) is { MergeContinue: true })
                    {
                        bottom++;
                    }
                }

                if (bottom > r || cell.Span > 1)
                {
                    merges.Add($"{Reference(r, column)}:{Reference(bottom, column + cell.Span - 1)}");
                }

                column += cell.Span;
            }

            data.Append(row);
        }

        var sheet = new Worksheet(data);
        if (merges.Count > 0)
        {
            sheet.Append(new MergeCells(merges.Select(m => new MergeCell { Reference = m })));
        }

        return sheet;
    }

    private static DocxCell? CellAt(DocxCell[] row, int column)
    {
        var at = 0;
        foreach (var cell in row)
        {
            if (at == column)
            {
                return cell;
            }

            at += cell.Span;
        }

        return null;
    }

    private static Cell Cell(string reference, string text, List<string> strings, bool dates)
    {
        if (text.Length > 0 && text.All(char.IsAsciiDigit))
        {
            return new Cell { CellReference = reference, CellValue = new CellValue(text) };
        }

        if (dates && DateTime.TryParseExact(text, "dd.MM.yyyy", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return new Cell { CellReference = reference, StyleIndex = 1, CellValue = new CellValue(date.ToOADate().ToString(CultureInfo.InvariantCulture)) };
        }

        strings.Add(text);
        return new Cell { CellReference = reference, DataType = CellValues.SharedString, CellValue = new CellValue((strings.Count - 1).ToString(CultureInfo.InvariantCulture)) };
    }

    /// <summary>Row and column from 0 → "B12".</summary>
    public static string Reference(int row, int column)
    {
        var letters = "";
        for (var c = column + 1; c > 0; c = (c - 1) / 26)
        {
            letters = (char)('A' + ((c - 1) % 26)) + letters;
        }

        return letters + (row + 1).ToString(CultureInfo.InvariantCulture);
    }
}
