using AntiCor.Core.Documents.Import;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using C = AntiCor.Core.Reporting.Consolidation.ConsolidatedColumns;

namespace AntiCor.Core.Reporting.Consolidation;

/// <summary>One row of a history workbook as written, before anything is matched; Line is the sheet's row number.</summary>
public sealed record HistoryRow(
    int Line,
    string Period,
    string MeasureNumber,
    string Unit,
    string Status,
    string? MessageType,
    string? WhatWasDone,
    string? CompletedOn,
    string? Reasons,
    string? CancellingAct,
    string? SubmittedAt);

/// <summary>
/// Reads earlier periods' reports from a workbook in the layout of the consolidated spreadsheet:
/// the sheet «Звіти» (or the first sheet), columns found by their header names, so columns may be
/// moved or dropped except the required ones. The package is checked before it is opened, as for
/// a programme import.
/// </summary>
public static class HistoryWorkbook
{
    public const int MaxBytes = 10 * 1024 * 1024;

    public static IReadOnlyList<HistoryRow> Read(byte[] content)
    {
        if (content.Length > MaxBytes)
        {
            throw new ImportException("Файл завеликий: найбільше 10 МБ.");
        }

        OfficePackageGuard.CheckXlsx(content);
        try
        {
            using var document = SpreadsheetDocument.Open(new MemoryStream(content, writable: false), false);
            var workbook = document.WorkbookPart ?? throw new ImportException("У книзі XLSX немає аркушів.");
            var sheets = workbook.Workbook?.Sheets?.Elements<Sheet>().ToList() ?? [];
            var sheet = sheets.FirstOrDefault(s => string.Equals(s.Name?.Value?.Trim(), C.Sheet, StringComparison.OrdinalIgnoreCase)) ?? sheets.FirstOrDefault()
                ?? throw new ImportException("У книзі XLSX немає аркушів.");
            var part = XlsxAttributes.Worksheet(workbook, sheet);
            if (part is null)
            {
                throw new ImportException("У книзі XLSX немає аркушів.");
            }

            return Rows(XlsxSheetReader.Read(part, sheet.Name?.Value ?? "", new XlsxCellValues(workbook)));
        }
        catch (Exception e) when (e is OpenXmlPackageException or InvalidDataException or System.Xml.XmlException or FileFormatException)
        {
            throw new ImportException("Файл XLSX пошкоджено або він не є книгою Excel.");
        }
    }

    private static List<HistoryRow> Rows(List<RawRow> rows)
    {
        if (rows.Count == 0)
        {
            throw new ImportException($"Аркуш порожній: очікується заголовок зі стовпцями {string.Join(", ", C.Required.Select(c => $"«{c}»"))}.");
        }

        var header = rows[0].Cells.Select(c => c.Joined.Trim()).ToList();
        int At(string name) => header.FindIndex(h => string.Equals(h, name, StringComparison.OrdinalIgnoreCase));
        var missing = C.Required.Where(c => At(c) < 0).ToList();
        if (missing.Count > 0)
        {
            throw new ImportException($"У першому рядку аркуша немає стовпців {string.Join(", ", missing.Select(c => $"«{c}»"))}: таблицю складено не за формою зведеного звіту.");
        }

        var columns = C.All.ToDictionary(c => c, At);
        return [.. rows.Skip(1)
            .Where(r => r.Cells.Any(c => !c.IsEmpty))
            .Select(r =>
            {
                string? Value(string column) => columns[column] is var i && i >= 0 && i < r.Cells.Count && !r.Cells[i].IsEmpty
                    ? string.Join("\n", r.Cells[i].Paragraphs).Trim()
                    : null;
                return new HistoryRow(
                    r.Line, Value(C.Period) ?? "", Value(C.MeasureNumber) ?? "", Value(C.Unit) ?? "", Value(C.Status) ?? "",
                    Value(C.MessageType), Value(C.WhatWasDone), Value(C.CompletedOn), Value(C.Reasons), Value(C.CancellingAct), Value(C.SubmittedAt));
            })];
    }
}
