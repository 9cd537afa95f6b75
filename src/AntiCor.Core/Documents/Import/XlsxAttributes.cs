using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace AntiCor.Core.Documents.Import;

/// <summary>
/// Enumerated workbook attributes read as written, and parts looked up without throwing. The SDK's typed getter throws a FormatException
/// on a value outside the enumeration (t="abc"), and in an optimised build the getter is inlined into
/// our frame, so the exception cannot be told from a bug of ours by its stack (see BrokenPackage).
/// Reading the text and refusing unknown values here makes a damaged file an import error everywhere.
/// </summary>
internal static class XlsxAttributes
{
    private const string Damaged = "Файл XLSX пошкоджено: ";

    /// <summary>A cell's type (`t`): "n" when absent; a value outside the standard's list is refused.</summary>
    public static string CellType(Cell cell) => cell.DataType?.InnerText switch
    {
        null or "" => "n",
        var t and ("n" or "s" or "str" or "inlineStr" or "b" or "e" or "d") => t,
        var t => throw new ImportException(Damaged + $"клітинка має невідомий тип «{Clip(t)}»."),
    };

    /// <summary>Whether a sheet is shown (`state` absent or "visible"); a value outside the standard's list is refused.</summary>
    public static bool IsVisible(Sheet sheet) => sheet.State?.InnerText switch
    {
        null or "" or "visible" => true,
        "hidden" or "veryHidden" => false,
        var s => throw new ImportException(Damaged + $"аркуш має невідомий стан «{Clip(s)}»."),
    };

    /// <summary>The worksheet a sheet entry points to, or null when its relationship is missing or names another kind of part.</summary>
    public static WorksheetPart? Worksheet(WorkbookPart workbook, Sheet sheet) =>
        sheet.Id?.Value is { } id && workbook.TryGetPartById(id, out var part) ? part as WorksheetPart : null;

    private static string Clip(string value) => value.Length <= 20 ? value : value[..20] + "…";
}
