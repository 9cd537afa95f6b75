using System.Globalization;
using System.Text.RegularExpressions;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace AntiCor.Core.Documents.Import;

/// <summary>
/// A workbook's cell values as the text Excel shows: shared and inline strings (rich text runs
/// joined, phonetic hints left out), numbers with a decimal comma, and serial numbers formatted
/// as dates (dd.MM.yyyy) where the cell's style is a date format.
/// </summary>
internal sealed partial class XlsxCellValues
{
    private static readonly NumberFormatInfo DecimalComma = new() { NumberDecimalSeparator = "," };

    private readonly List<string> _sharedStrings;
    private readonly List<bool> _dateStyles;

    public XlsxCellValues(WorkbookPart workbook)
    {
        _sharedStrings = workbook.SharedStringTablePart?.SharedStringTable?.Elements<SharedStringItem>().Select(RichText).ToList() ?? [];
        var stylesheet = workbook.WorkbookStylesPart?.Stylesheet;
        var customDates = stylesheet?.NumberingFormats?.Elements<NumberingFormat>()
            .Where(f => OpenXmlNumbers.UInt(f.NumberFormatId) is not null && IsDateFormat(f.FormatCode?.Value ?? ""))
            .Select(f => OpenXmlNumbers.UInt(f.NumberFormatId)!.Value)
            .ToHashSet() ?? [];
        _dateStyles = stylesheet?.CellFormats?.Elements<CellFormat>()
            .Select(f => OpenXmlNumbers.UInt(f.NumberFormatId) is uint id && (IsBuiltInDate(id) || customDates.Contains(id)))
            .ToList() ?? [];
    }

    /// <summary>The cell's text, or "" for an empty cell.</summary>
    public string TextOf(Cell cell)
    {
        var type = XlsxAttributes.CellType(cell);
        var value = cell.CellValue?.Text ?? "";
        if (type == "s")
        {
            return int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var index) && index < _sharedStrings.Count
                ? _sharedStrings[index]
                : throw new ImportException("Файл XLSX пошкоджено: клітинка посилається на рядок, якого в книзі немає.");
        }

        if (type == "inlineStr")
        {
            return cell.InlineString is { } inline ? RichText(inline) : "";
        }

        if (type is "str" or "e" or "b" || value.Length == 0)
        {
            return value;
        }

        if (!double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var number))
        {
            return value;
        }

        if (IsDate(cell) && number is > 0 and < 2958466)
        {
            return DateTime.FromOADate(number).ToString("dd.MM.yyyy", CultureInfo.InvariantCulture);
        }

        return number == Math.Floor(number) && Math.Abs(number) < 1e15
            ? number.ToString("0", CultureInfo.InvariantCulture)
            : number.ToString("G15", DecimalComma);
    }

    private bool IsDate(Cell cell) =>
        OpenXmlNumbers.UInt(cell.StyleIndex) is uint style && style < _dateStyles.Count && _dateStyles[(int)style];

    /// <summary>Excel's own date formats: 14-17 and 22 (date and time).</summary>
    private static bool IsBuiltInDate(uint id) => id is >= 14 and <= 17 or 22;

    /// <summary>A custom format shows a date where it has day or year codes outside quoted text and [colour] sections.</summary>
    private static bool IsDateFormat(string code)
    {
        var bare = NotCodes().Replace(code, "").ToLowerInvariant();
        return bare.Contains('d') || bare.Contains('y');
    }

    private static string RichText(DocumentFormat.OpenXml.OpenXmlElement item) =>
        string.Concat(item.Descendants<Text>().Where(t => t.Parent is not PhoneticRun).Select(t => t.Text)).Replace("_x000D_", "");

    [GeneratedRegex(@"""[^""]*""|\[[^\]]*\]|\\.")]
    private static partial Regex NotCodes();
}
