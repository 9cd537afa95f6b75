namespace AntiCor.Core.Documents.Import;

/// <summary>Reads the header row's titles ("Перелік заходів", "Термін виконання", "Виконавці") into columns.</summary>
internal static class ColumnHeaders
{
    public static TableColumns? TryRead(IReadOnlyList<SourceCell> cells)
    {
        int? number = null, direction = null, measures = null, term = null, executors = null;
        for (var i = 0; i < cells.Count; i++)
        {
            var t = cells[i].Joined.ToLowerInvariant();
            if (t.Length == 0)
            {
                continue;
            }

            if (term is null && (t.Contains("термін") || t.Contains("строк")))
            {
                term = i;
            }
            else if (executors is null && (t.Contains("виконав") || t.Contains("відповідальн")))
            {
                executors = i;
            }
            else if (direction is null && (t.Contains("напрям") || t.Contains("розділ")))
            {
                direction = i;
            }
            else if (measures is null && (t.Contains("заход") || t.Contains("захід") || t.Contains("зміст") || t.Contains("найменування")))
            {
                measures = i;
            }
            else if (number is null && (t.Contains('№') || t.Contains("з/п") || t == "n"))
            {
                number = i;
            }
        }

        return measures is int m && (term is not null || executors is not null)
            ? new TableColumns(number, direction, m, term, executors)
            : null;
    }
}
