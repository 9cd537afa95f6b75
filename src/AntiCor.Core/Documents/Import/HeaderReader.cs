using System.Text.RegularExpressions;
using AntiCor.Core.Contracts;

namespace AntiCor.Core.Documents.Import;

/// <summary>The table's header as found: the columns it names, the rows it takes, and doubts about it.</summary>
internal sealed record HeaderReading(TableColumns Columns, int FirstRow, int RowCount, IReadOnlyList<ImportWarning> Warnings);

/// <summary>Where a header was found among the rows, and its titles read whole.</summary>
internal sealed record HeaderLocation(int FirstRow, int RowCount, IReadOnlyList<string> Titles)
{
    public bool NamesMeasures => Titles.Any(t => ColumnVocabulary.MeaningOf(t) == ColumnMeaning.Measures);
}

/// <summary>
/// Finds the header of a programme's table among its first rows and reads each column's meaning
/// from its title, in any order: titles split over two rows ("Строк" / "виконання") or spanning
/// sub-columns ("Індикатори" over "назва", "одиниця виміру", "цільове значення") are read whole.
/// A titled column no rule knows is named in a warning; a header with no column for the measures
/// is refused, since nothing could be read from the table.
/// </summary>
internal static partial class HeaderReader
{
    public const int SearchRows = 20;
    private const int MaxHeaderRows = 3;

    public static HeaderReading? Find(IReadOnlyList<RawRow> rows) =>
        Locate(rows) is { } at ? Read(at.Titles, rows[at.FirstRow].Line, at.FirstRow, at.RowCount) : null;

    /// <summary>Where the header is and what its titles say, without judging it (to choose among a workbook's sheets).</summary>
    public static HeaderLocation? Locate(IReadOnlyList<RawRow> rows)
    {
        for (var i = 0; i < Math.Min(rows.Count, SearchRows); i++)
        {
            var titles = rows[i].Cells.Select(c => c.Joined).ToList();
            if (!LooksLikeHeader(titles))
            {
                continue;
            }

            var count = 1;
            while (count < MaxHeaderRows && i + count < rows.Count && Continues(titles, rows[i + count]))
            {
                titles = Combine(titles, rows[i + count]);
                count++;
            }

            return new HeaderLocation(i, count, titles);
        }

        return null;
    }

    private static HeaderReading Read(IReadOnlyList<string> titles, int line, int first, int count)
    {
        var positions = new Dictionary<ColumnMeaning, int>();
        var warnings = new List<ImportWarning>();
        for (var c = 0; c < titles.Count; c++)
        {
            var title = CellText.Normalize(titles[c]);
            if (title.Length == 0)
            {
                continue;
            }

            if (ColumnVocabulary.MeaningOf(title) is not { } meaning)
            {
                warnings.Add(new ImportWarning(
                    WarningCodes.ColumnUnknown,
                    $"Стовпець {c + 1} «{title}» не розпізнано; його вміст не імпортовано — оберіть, що в ньому, під час перевірки.",
                    line) { Column = title });
            }
            else if (!positions.TryAdd(meaning, c))
            {
                warnings.Add(new ImportWarning(
                    WarningCodes.ColumnUnknown,
                    $"Стовпець {c + 1} «{title}» має те саме значення, що й стовпець {positions[meaning] + 1} «{CellText.Normalize(titles[positions[meaning]])}»; його вміст не імпортовано — оберіть, що в ньому, під час перевірки.",
                    line) { Column = title });
            }
        }

        if (!positions.ContainsKey(ColumnMeaning.Measures))
        {
            var named = string.Join(", ", titles.Select(CellText.Normalize).Where(t => t.Length > 0).Select(t => $"«{t}»"));
            throw new ImportException($"У заголовку таблиці (рядок {line}) немає стовпця із заходами (наприклад, «Перелік заходів», «Зміст заходу», «Заходи щодо усунення ризику»); знайдено стовпці: {named}.");
        }

        return new HeaderReading(new TableColumns(positions), first, count, warnings);
    }

    /// <summary>A row of short titles, at least two of which name a column this reader knows.</summary>
    private static bool LooksLikeHeader(List<string> titles)
    {
        var filled = titles.Select(CellText.Normalize).Where(t => t.Length > 0).ToList();
        var known = filled.Where(t => t.Length <= 150).Select(ColumnVocabulary.MeaningOf).OfType<ColumnMeaning>().Distinct().Count();
        return known >= 2 && known * 2 >= filled.Count;
    }

    /// <summary>
    /// The row under a header continues it where every title in it names a column, names a part of
    /// the column above ("назва", "одиниця виміру"), or finishes the title above in lower case
    /// ("виконання"). The column numbers "1 2 3" and data rows never do.
    /// </summary>
    private static bool Continues(List<string> titles, RawRow next)
    {
        var filled = next.Cells.Select(c => CellText.Normalize(c.Joined)).Where(t => t.Length > 0).ToList();
        return filled.Count > 0 && filled.All(t =>
            t.Length <= 80 && !t.Any(char.IsDigit)
            && (ColumnVocabulary.MeaningOf(t) is not null || ColumnVocabulary.IsSubHeader(t) || Fragment().IsMatch(t)));
    }

    /// <summary>Each column's title with the words under it; an empty title takes the spanning one to its left.</summary>
    private static List<string> Combine(List<string> titles, RawRow next)
    {
        var combined = new List<string>();
        var width = Math.Max(titles.Count, next.Cells.Count);
        for (var c = 0; c < width; c++)
        {
            var above = c < titles.Count ? titles[c] : "";
            var below = c < next.Cells.Count ? next.Cells[c].Joined : "";
            if (above.Length == 0 && below.Length > 0)
            {
                above = Enumerable.Range(0, Math.Min(c, titles.Count)).Reverse().Select(k => titles[k]).FirstOrDefault(t => t.Length > 0) ?? "";
            }

            combined.Add((above + " " + below).Trim());
        }

        return combined;
    }

    [GeneratedRegex(@"^[\p{Ll}(]")]
    private static partial Regex Fragment();
}
