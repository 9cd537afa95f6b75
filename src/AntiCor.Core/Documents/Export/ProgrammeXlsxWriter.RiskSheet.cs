using AntiCor.Core.Contracts;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace AntiCor.Core.Documents.Export;

/// <summary>
/// Sheet «Заходи» of a risk-based programme in its own columns (<see cref="RiskLayout"/>): the
/// programme's title merged across the first row, the header below it, then one row per measure
/// with the direction's and the risk's cells merged down over their measures, as councils keep
/// such registers — and as the importer reads them back.
/// </summary>
public static partial class ProgrammeXlsxWriter
{
    private const uint FirstMeasureRow = 3;

    private static void AddRiskSheet(WorkbookPart workbook, Sheets sheets, ProgrammeData p, SharedStrings strings)
    {
        var columns = RiskLayout.Columns(p);
        var rows = RiskLayout.Rows(p);
        var last = ColumnName(columns.Count - 1);
        var data = new SheetData();
        data.Append(Row(1, [strings.Text(p.Title, HeaderStyle), .. Enumerable.Range(1, columns.Count - 1).Select(_ => new Cell())]));
        data.Append(Row(2, [.. columns.Select(c => strings.Text(c.Title, HeaderStyle))]));
        var merges = new List<string> { $"A1:{last}1" };
        for (var r = 0; r < rows.Count; r++)
        {
            var index = FirstMeasureRow + (uint)r;
            var cells = columns.Select((c, i) =>
            {
                var span = c.SpanOf(rows[r]);
                if (span.Opens && span.Rows > 1)
                {
                    merges.Add($"{ColumnName(i)}{index}:{ColumnName(i)}{index + (uint)span.Rows - 1}");
                }

                return span.Opens && c.Value(rows[r].Direction, rows[r].Measure) is { Length: > 0 } text
                    ? strings.Text(text, WrapStyle)
                    : new Cell { StyleIndex = WrapStyle };
            });
            data.Append(Row(index, [.. cells]));
        }

        var widths = new Columns(columns.Select((c, i) => new Column { Min = (uint)i + 1, Max = (uint)i + 1, Width = Math.Round(c.Weight * 18), CustomWidth = true }));
        var view = new SheetView(
            new Pane { VerticalSplit = 2, TopLeftCell = "A3", ActivePane = PaneValues.BottomLeft, State = PaneStateValues.Frozen },
            new Selection { Pane = PaneValues.BottomLeft, ActiveCell = "A3", SequenceOfReferences = new ListValue<StringValue> { InnerText = "A3" } })
        { WorkbookViewId = 0, TabSelected = true };
        var mergeCells = new MergeCells(merges.Select(m => new MergeCell { Reference = m })) { Count = (uint)merges.Count };

        var part = workbook.AddNewPart<WorksheetPart>();
        part.Worksheet = new Worksheet(new SheetViews(view), widths, data, mergeCells);
        sheets.Append(new Sheet { Name = MeasuresSheet, SheetId = (uint)sheets.ChildElements.Count + 1, Id = workbook.GetIdOfPart(part) });
    }
}
