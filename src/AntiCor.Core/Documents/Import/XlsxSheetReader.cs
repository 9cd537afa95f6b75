using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace AntiCor.Core.Documents.Import;

/// <summary>
/// Reads one worksheet into rows of cells, streaming it so that a huge sheet is refused before it
/// fills memory: merged ranges become the cell's text at their top left, covered (merged) cells
/// below it and blank cells beside it; a cell's line breaks separate its paragraphs. Row numbers
/// are the sheet's own.
/// </summary>
internal static class XlsxSheetReader
{
    public const int MaxRows = 5000;
    public const int MaxColumns = 60;
    public const int MaxCells = 100_000;

    /// <summary>The sheet's rows; with <paramref name="firstRows"/>, only that many rows with content and no merged ranges (to look for a header).</summary>
    public static List<RawRow> Read(WorksheetPart part, string name, XlsxCellValues values, int? firstRows = null)
    {
        var texts = new SortedDictionary<int, Dictionary<int, string>>();
        var merges = new List<(int Top, int Left, int Bottom, int Right)>();
        var cells = 0;
        using (var reader = OpenXmlReader.Create(part))
        {
            while (reader.Read())
            {
                if (reader.ElementType == typeof(Row) && reader.IsStartElement)
                {
                    var row = (Row)reader.LoadCurrentElement()!;
                    var index = (int)Math.Min(OpenXmlNumbers.UInt(row.RowIndex) ?? (uint)(texts.Count == 0 ? 1 : texts.Keys.Last() + 1), int.MaxValue);
                    var filled = ReadRow(row, index, name, values);
                    cells += filled.Count;
                    if (index > MaxRows || cells > MaxCells)
                    {
                        throw TooLarge(name, $"понад {MaxRows} рядків або {MaxCells} заповнених клітинок");
                    }

                    if (filled.Count > 0)
                    {
                        texts[index] = filled;
                    }

                    if (firstRows is int limit && texts.Count >= limit)
                    {
                        break;
                    }
                }
                else if (reader.ElementType == typeof(MergeCell) && reader.IsStartElement && firstRows is null)
                {
                    var range = ((MergeCell)reader.LoadCurrentElement()!).Reference?.Value;
                    if (range is not null && Range(range) is { } r)
                    {
                        merges.Add(r);
                    }
                }
            }
        }

        return Grid(texts, merges, name);
    }

    private static Dictionary<int, string> ReadRow(Row row, int rowIndex, string name, XlsxCellValues values)
    {
        var filled = new Dictionary<int, string>();
        var next = 0;
        foreach (var cell in row.Elements<Cell>())
        {
            var column = cell.CellReference?.Value is { } reference && Reference(reference) is { } at ? at.Column : next;
            next = column + 1;
            if (column >= MaxColumns)
            {
                throw TooLarge(name, $"понад {MaxColumns} стовпців (клітинка в рядку {rowIndex})");
            }

            var text = values.TextOf(cell);
            if (text.Trim().Length > 0)
            {
                filled[column] = text;
            }
        }

        return filled;
    }

    private static List<RawRow> Grid(SortedDictionary<int, Dictionary<int, string>> texts, List<(int Top, int Left, int Bottom, int Right)> merges, string name)
    {
        var covered = new Dictionary<(int Row, int Column), SourceCell>();
        var lastRow = texts.Keys.DefaultIfEmpty(0).Max();
        var lastColumn = texts.Values.SelectMany(t => t.Keys).DefaultIfEmpty(0).Max();
        foreach (var (top, left, bottom, right) in merges)
        {
            // A range may reach far past the content (a whole column merged): only the content's extent matters.
            for (var r = top; r <= Math.Min(bottom, lastRow); r++)
            {
                for (var c = left; c <= Math.Min(right, lastColumn); c++)
                {
                    if (r != top || c != left)
                    {
                        // Below the top row a merged range covers its cells; beside it a span leaves them blank.
                        covered[(r, c)] = r > top ? SourceCell.Covered : SourceCell.Blank;
                        if (covered.Count > MaxCells)
                        {
                            throw TooLarge(name, $"понад {MaxCells} об'єднаних клітинок");
                        }
                    }
                }
            }
        }

        var rows = texts.Keys.Concat(covered.Keys.Select(k => k.Row)).Distinct().Order().ToList();
        var width = texts.Values.SelectMany(t => t.Keys).Concat(covered.Keys.Select(k => k.Column)).DefaultIfEmpty(-1).Max() + 1;
        return rows.Select(r => new RawRow(r, Enumerable.Range(0, width).Select(c => CellAt(texts, covered, r, c)).ToList())).ToList();
    }

    private static SourceCell CellAt(SortedDictionary<int, Dictionary<int, string>> texts, Dictionary<(int, int), SourceCell> covered, int row, int column)
    {
        if (texts.TryGetValue(row, out var line) && line.TryGetValue(column, out var text))
        {
            var paragraphs = text.Split('\n').Select(CellText.Normalize).Where(p => p.Length > 0).ToList();
            return paragraphs.Count == 0 ? SourceCell.Blank : new SourceCell(paragraphs, CellMerge.None);
        }

        return covered.GetValueOrDefault((row, column), SourceCell.Blank);
    }

    private static (int Top, int Left, int Bottom, int Right)? Range(string reference)
    {
        var ends = reference.Split(':');
        return ends.Length == 2 && Reference(ends[0]) is { } a && Reference(ends[1]) is { } b
            ? (a.Row, a.Column, b.Row, b.Column)
            : null;
    }

    /// <summary>"B12" → row 12, column 1 (from 0).</summary>
    private static (int Row, int Column)? Reference(string reference)
    {
        var column = 0;
        var i = 0;
        for (; i < reference.Length && char.IsAsciiLetterUpper(reference[i]); i++)
        {
            column = (column * 26) + (reference[i] - 'A' + 1);
            if (column > 16384)
            {
                return null;
            }
        }

        return i > 0 && int.TryParse(reference.AsSpan(i), out var row) && row > 0 ? (row, column - 1) : null;
    }

    private static ImportException TooLarge(string sheet, string what) =>
        new($"Аркуш «{sheet}» завеликий для плану заходів: {what}; його не імпортовано.");
}
