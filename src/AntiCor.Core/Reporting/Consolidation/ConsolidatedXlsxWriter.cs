using AntiCor.Core.Documents.Export;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using C = AntiCor.Core.Reporting.Consolidation.ConsolidatedColumns;

namespace AntiCor.Core.Reporting.Consolidation;

/// <summary>
/// The consolidated data as a workbook: sheet «Звіти» with one raw row per obligation (the
/// layout history import reads), sheet «Підсумок» with the counts by direction. Every text is an
/// inline string cell — never a formula, whatever it starts with — and dates are real dates shown
/// as dd.MM.yyyy.
/// </summary>
public static class ConsolidatedXlsxWriter
{
    private const uint HeaderStyle = ProgrammeXlsxWriter.HeaderStyle;
    private const uint DateStyle = ProgrammeXlsxWriter.DateStyle;
    private const uint WrapStyle = ProgrammeXlsxWriter.WrapStyle;

    private static readonly double[] Widths = [9, 8, 30, 9, 50, 36, 10, 12, 18, 18, 60, 14, 40, 30, 17, 10, 18, 30];

    public static byte[] ToBytes(ConsolidatedReport report)
    {
        using var buffer = new MemoryStream();
        using (var package = SpreadsheetDocument.Create(buffer, SpreadsheetDocumentType.Workbook))
        {
            var workbook = package.AddWorkbookPart();
            workbook.AddNewPart<WorkbookStylesPart>().Stylesheet = ProgrammeXlsxWriter.Stylesheet();
            var sheets = new Sheets();
            AddSheet(workbook, sheets, C.Sheet, C.All, Widths, report.Rows.Select(RawRow));
            var summaryHeaders = new[] { "№ напряму", "Напрям" }
                .Concat(StatusSummary.Order.Select(ReportingWords.Of)).Append(ConsolidatedWording.NoInformation).Append("Усього").ToArray();
            var summaryRows = report.Directions.Select(d => SummaryRow(d.Number.ToString(), d.Title, d.Summary))
                .Append(SummaryRow("", "Разом", report.Summary))
                .Append([Text(ConsolidatedWording.Stamps(report))]);
            AddSheet(workbook, sheets, C.SummarySheet, summaryHeaders, [10, 50, 12, 12, 12, 12, 12, 12, 12, 10], summaryRows);
            workbook.Workbook = new Workbook(sheets);
        }

        return buffer.ToArray();
    }

    private static Cell[] RawRow(ConsolidatedRow r) =>
    [
        Text(r.Period),
        Number(r.DirectionNumber),
        Text(r.DirectionTitle),
        Text(r.MeasureNumber),
        Text(r.MeasureText),
        Text(r.UnitName),
        Text(r.IsLead ? C.Yes : C.No),
        Text(ReportingWords.Of(r.State)),
        Text(r.MessageType is { } t ? ReportingWords.Of(t) : ""),
        Text(r.Status is { } s ? ReportingWords.Of(s) : ""),
        Text(r.WhatWasDone ?? ""),
        Date(r.CompletedOn),
        Text(r.Reasons ?? ""),
        Text(r.CancellingAct ?? ""),
        Text(r.SubmittedAtUtc is { } at ? ConsolidatedWording.KyivStamp(at) : ""),
        r.FirstDaysLate is { } late ? Number(late) : Text(""),
        Text(ConsolidatedWording.StatusWord(r.MeasureStatus)),
        Text(r.Verdict is { } v ? ReportingWords.Of(v) : ""),
    ];

    private static Cell[] SummaryRow(string number, string title, StatusSummary s) =>
        [Text(number), Text(title), .. StatusSummary.Order.Select(st => Number(s[st])), Number(s.NoInformation), Number(s.Total)];

    private static void AddSheet(WorkbookPart workbook, Sheets sheets, string name, string[] headers, double[] widths, IEnumerable<Cell[]> rows)
    {
        var data = new SheetData();
        data.Append(Row(1, [.. headers.Select(h => Text(h, HeaderStyle))]));
        uint index = 1;
        foreach (var cells in rows)
        {
            data.Append(Row(++index, cells));
        }

        var columns = new Columns(widths.Select((w, i) => new Column { Min = (uint)i + 1, Max = (uint)i + 1, Width = w, CustomWidth = true }));
        var view = new SheetView(new Pane { VerticalSplit = 1, TopLeftCell = "A2", ActivePane = PaneValues.BottomLeft, State = PaneStateValues.Frozen })
        { WorkbookViewId = 0, TabSelected = sheets.ChildElements.Count == 0 };
        var part = workbook.AddNewPart<WorksheetPart>();
        part.Worksheet = new Worksheet(new SheetViews(view), columns, data);
        sheets.Append(new Sheet { Name = name, SheetId = (uint)sheets.ChildElements.Count + 1, Id = workbook.GetIdOfPart(part) });
    }

    private static Row Row(uint index, Cell[] cells)
    {
        for (var i = 0; i < cells.Length; i++)
        {
            cells[i].CellReference = ((char)('A' + i)).ToString() + index;
        }

        return new Row(cells) { RowIndex = index };
    }

    /// <summary>An inline string: stored as text, so a value starting with "=" stays text and is never calculated.</summary>
    private static Cell Text(string raw, uint style = WrapStyle) => new()
    {
        DataType = CellValues.InlineString,
        InlineString = new InlineString(new Text(XmlText.Clean(raw)) { Space = SpaceProcessingModeValues.Preserve }),
        StyleIndex = style,
    };

    private static Cell Number(int value) => new() { CellValue = new CellValue(value), StyleIndex = WrapStyle };

    private static Cell Date(DateOnly? date) => date is { } d
        ? new Cell { CellValue = new CellValue(d.DayNumber - new DateOnly(1899, 12, 30).DayNumber), StyleIndex = DateStyle }
        : new Cell { StyleIndex = DateStyle };
}
