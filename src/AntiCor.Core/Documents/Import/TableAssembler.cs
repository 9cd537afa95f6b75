using AntiCor.Core.Contracts;

namespace AntiCor.Core.Documents.Import;

/// <summary>A table row as a reader found it, before headers and page breaks are recognised.</summary>
public sealed record RawRow(int Line, IReadOnlyList<SourceCell> Cells);

/// <summary>
/// Recognises the annex table's structure the same way for every file format: which column
/// holds what (from the header titles), and which rows are only page furniture — the column
/// numbers "1 2 3 4 5" or the header repeated on each page — so that the row after one is known
/// to start a new page.
/// </summary>
public static class TableAssembler
{
    public static SourceTable Assemble(IReadOnlyList<RawRow> rows, List<ImportWarning> warnings)
    {
        // Before anything looks at the cells: a table past the limit is refused whatever it holds.
        ImportLimits.RefuseIfTooManyCells(rows.Sum(r => (long)r.Cells.Count));
        var width = rows.Count == 0 ? 0 : rows.Max(r => r.Cells.Count);
        if (width < 3)
        {
            throw new ImportException("Таблиця має менше трьох стовпців; очікується таблиця заходів зі стовпцями «захід», «термін», «виконавці».");
        }

        var header = HeaderReader.Find(rows);
        var columns = header?.Columns ?? DefaultColumns(width);
        if (header is null)
        {
            warnings.Add(new ImportWarning(
                WarningCodes.TableHeaderNotFound,
                "Не знайдено рядка з назвами стовпців; стовпці прочитано за порядком: № , напрям, захід, термін, виконавці.",
                rows[0].Line));
        }
        else
        {
            warnings.AddRange(header.Warnings);
        }

        var headerIndex = header is null ? -1 : header.FirstRow + header.RowCount - 1;
        var headerTexts = header is null ? [] : rows.Skip(header.FirstRow).Take(header.RowCount).Select(Signature).ToHashSet();
        var data = new List<SourceRow>();
        var page = 1;
        var startsPage = false;
        var seenData = false;
        for (var i = headerIndex + 1; i < rows.Count; i++)
        {
            var row = rows[i];
            if (IsColumnNumbering(row) || headerTexts.Contains(Signature(row)))
            {
                // The first numbering row sits under the header on page one; later ones open a page
                // (once, however many header rows the new page repeats).
                if (seenData && !startsPage)
                {
                    page++;
                    startsPage = true;
                }

                continue;
            }

            if (row.Cells.All(c => c.IsEmpty))
            {
                continue;
            }

            data.Add(new SourceRow(row.Line, page, startsPage, row.Cells));
            startsPage = false;
            seenData = true;
        }

        if (data.Count == 0)
        {
            throw new ImportException("Таблиця заходів порожня: у ній немає жодного рядка із заходами.");
        }

        return new SourceTable(columns, data, header is null ? rows[0].Line : rows[header.FirstRow].Line);
    }

    private static TableColumns DefaultColumns(int width) => width switch
    {
        >= 5 => new TableColumns(0, 1, 2, 3, 4),
        4 => new TableColumns(0, null, 1, 2, 3),
        _ => new TableColumns(null, null, 0, 1, 2),
    };

    private static string Signature(RawRow row) => string.Join("|", row.Cells.Select(c => c.Joined.ToLowerInvariant()));

    /// <summary>"1 2 3 4 5": the column numbers Ukrainian tables repeat at the top of each page.</summary>
    private static bool IsColumnNumbering(RawRow row)
    {
        var filled = row.Cells.Where(c => !c.IsEmpty).Select(c => c.Joined.Trim('.')).ToList();
        if (filled.Count < 3)
        {
            return false;
        }

        for (var i = 0; i < filled.Count; i++)
        {
            if (filled[i] != (i + 1).ToString())
            {
                return false;
            }
        }

        return true;
    }
}
