using AntiCor.Core.Contracts;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace AntiCor.Core.Documents.Export;

/// <summary>
/// Writes a programme as a workbook: sheet "Заходи" with one row per measure and sheet
/// "Виконавці" with every executor, each with a frozen header row and an autofilter; dates are
/// real dates shown as dd.MM.yyyy. Written with the Open XML SDK directly so that panes, filters
/// and number formats are exactly what Excel and LibreOffice expect.
/// </summary>
public static partial class ProgrammeXlsxWriter
{
    public const string MeasuresSheet = "Заходи";
    public const string ExecutorsSheet = "Виконавці";

    // Style indexes into the stylesheet's cellXfs below.
    internal const uint HeaderStyle = 1;
    internal const uint DateStyle = 2;
    internal const uint WrapStyle = 3;
    private const uint TopStyle = 4;
    private const uint DateFormatId = 164;

    private static readonly double[] MeasureWidths = [9, 40, 9, 70, 24, 14, 12, 12, 45, 12];
    private static readonly double[] ExecutorWidths = [60, 12, 60, 12];

    public static void Write(ProgrammeDocument document, Stream output)
    {
        using var buffer = new MemoryStream();
        using (var package = SpreadsheetDocument.Create(buffer, SpreadsheetDocumentType.Workbook))
        {
            var workbook = package.AddWorkbookPart();
            workbook.AddNewPart<WorkbookStylesPart>().Stylesheet = Stylesheet();
            var strings = new SharedStrings();

            var measures = MeasureTable.Rows(document);
            var measureRows = measures.Select(m => new Cell[]
            {
                strings.Number(m.DirectionNumber),
                strings.Text(m.DirectionTitle, WrapStyle),
                strings.Text(m.MeasureNumber, TopStyle),
                strings.Text(m.MeasureText, WrapStyle),
                strings.Text(m.TermText, WrapStyle),
                strings.Text(m.TermKind, TopStyle),
                SharedStrings.Date(m.From),
                SharedStrings.Date(m.To),
                strings.Text(m.Executors, WrapStyle),
                strings.Text(m.NeedsReview ? MeasureTable.Yes : MeasureTable.No, TopStyle),
            });
            var executorRows = MeasureTable.Executors(document).Select(e => new Cell[]
            {
                strings.Text(e.Name, WrapStyle),
                strings.Text(e.Kind, TopStyle),
                strings.Text(e.Aliases, WrapStyle),
                strings.Number(e.Measures),
            });

            var sheets = new Sheets();
            var filters = new DefinedNames();
            if (RiskLayout.Applies(document.Programme))
            {
                AddRiskSheet(workbook, sheets, document.Programme, strings);
            }
            else
            {
                AddSheet(workbook, sheets, filters, MeasuresSheet, MeasureTable.Headers, MeasureWidths, measureRows, strings, selected: true);
            }

            AddSheet(workbook, sheets, filters, ExecutorsSheet, MeasureTable.ExecutorHeaders, ExecutorWidths, executorRows, strings, selected: false);

            workbook.AddNewPart<SharedStringTablePart>().SharedStringTable = strings.Table;
            workbook.Workbook = new Workbook(sheets, filters);
        }

        buffer.Position = 0;
        buffer.CopyTo(output);
    }

    private static void AddSheet(
        WorkbookPart workbook,
        Sheets sheets,
        DefinedNames filters,
        string name,
        string[] headers,
        double[] widths,
        IEnumerable<Cell[]> rows,
        SharedStrings strings,
        bool selected)
    {
        var data = new SheetData();
        data.Append(Row(1, headers.Select(h => strings.Text(h, HeaderStyle)).ToArray()));
        uint index = 1;
        foreach (var cells in rows)
        {
            data.Append(Row(++index, cells));
        }

        var lastColumn = ColumnName(headers.Length - 1);
        var range = $"A1:{lastColumn}{index}";
        var columns = new Columns(widths.Select((w, i) => new Column { Min = (uint)i + 1, Max = (uint)i + 1, Width = w, CustomWidth = true }));
        var view = new SheetView(
            new Pane { VerticalSplit = 1, TopLeftCell = "A2", ActivePane = PaneValues.BottomLeft, State = PaneStateValues.Frozen },
            new Selection { Pane = PaneValues.BottomLeft, ActiveCell = "A2", SequenceOfReferences = new ListValue<StringValue> { InnerText = "A2" } })
        { WorkbookViewId = 0, TabSelected = selected };

        var part = workbook.AddNewPart<WorksheetPart>();
        part.Worksheet = new Worksheet(new SheetViews(view), columns, data, new AutoFilter { Reference = range });

        var sheetId = (uint)sheets.ChildElements.Count + 1;
        sheets.Append(new Sheet { Name = name, SheetId = sheetId, Id = workbook.GetIdOfPart(part) });

        // Excel keeps the filtered range in this hidden name; without it some readers drop the filter.
        filters.Append(new DefinedName($"'{name}'!$A$1:${lastColumn}${index}") { Name = "_xlnm._FilterDatabase", LocalSheetId = sheetId - 1, Hidden = true });
    }

    private static Row Row(uint index, Cell[] cells)
    {
        for (var i = 0; i < cells.Length; i++)
        {
            cells[i].CellReference = ColumnName(i) + index;
        }

        return new Row(cells) { RowIndex = index };
    }

    private static string ColumnName(int index) => index < 26 ? ((char)('A' + index)).ToString() : ColumnName((index / 26) - 1) + (char)('A' + (index % 26));

    /// <summary>The house workbook styles (header, date, wrapped, top), also used by the consolidated report.</summary>
    internal static Stylesheet Stylesheet() => new(
        new NumberingFormats(new NumberingFormat { NumberFormatId = DateFormatId, FormatCode = "dd.mm.yyyy" }) { Count = 1 },
        new Fonts(
            new Font(new FontSize { Val = 11 }, new FontName { Val = "Calibri" }),
            new Font(new Bold(), new FontSize { Val = 11 }, new FontName { Val = "Calibri" }))
        { Count = 2 },
        new Fills(
            new Fill(new PatternFill { PatternType = PatternValues.None }),
            new Fill(new PatternFill { PatternType = PatternValues.Gray125 }),
            new Fill(new PatternFill(new ForegroundColor { Rgb = "FFD9E1F2" }) { PatternType = PatternValues.Solid }))
        { Count = 3 },
        new Borders(new Border(new LeftBorder(), new RightBorder(), new TopBorder(), new BottomBorder(), new DiagonalBorder())) { Count = 1 },
        new CellStyleFormats(new CellFormat { NumberFormatId = 0, FontId = 0, FillId = 0, BorderId = 0 }) { Count = 1 },
        new CellFormats(
            new CellFormat { NumberFormatId = 0, FontId = 0, FillId = 0, BorderId = 0, FormatId = 0 },
            new CellFormat(new Alignment { WrapText = true, Vertical = VerticalAlignmentValues.Center })
            { FontId = 1, FillId = 2, BorderId = 0, FormatId = 0, ApplyFont = true, ApplyFill = true, ApplyAlignment = true },
            new CellFormat(new Alignment { Vertical = VerticalAlignmentValues.Top })
            { NumberFormatId = DateFormatId, FontId = 0, FillId = 0, BorderId = 0, FormatId = 0, ApplyNumberFormat = true, ApplyAlignment = true },
            new CellFormat(new Alignment { WrapText = true, Vertical = VerticalAlignmentValues.Top })
            { FontId = 0, FillId = 0, BorderId = 0, FormatId = 0, ApplyAlignment = true },
            new CellFormat(new Alignment { Vertical = VerticalAlignmentValues.Top })
            { FontId = 0, FillId = 0, BorderId = 0, FormatId = 0, ApplyAlignment = true })
        { Count = 5 },
        new CellStyles(new CellStyle { Name = "Normal", FormatId = 0, BuiltinId = 0 }) { Count = 1 });

    /// <summary>The workbook's shared string table, each text stored once.</summary>
    internal sealed class SharedStrings
    {
        private readonly Dictionary<string, int> _index = [];

        public SharedStringTable Table { get; } = new();

        public Cell Text(string raw, uint style)
        {
            var text = XmlText.Clean(raw);
            if (!_index.TryGetValue(text, out var i))
            {
                i = _index.Count;
                _index[text] = i;
                Table.Append(new SharedStringItem(new Text(text) { Space = SpaceProcessingModeValues.Preserve }));
            }

            return new Cell { DataType = CellValues.SharedString, CellValue = new CellValue(i), StyleIndex = style };
        }

        public Cell Number(int value) => new() { CellValue = new CellValue(value), StyleIndex = TopStyle };

        /// <summary>An Excel date: days since 30.12.1899, shown through the dd.mm.yyyy format.</summary>
        public static Cell Date(DateOnly? date) => date is { } d
            ? new Cell { CellValue = new CellValue(d.DayNumber - new DateOnly(1899, 12, 30).DayNumber), StyleIndex = DateStyle }
            : new Cell { StyleIndex = DateStyle };
    }
}
