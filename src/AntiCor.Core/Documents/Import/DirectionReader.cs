using System.Text.RegularExpressions;
using AntiCor.Core.Contracts;
using static AntiCor.Core.Documents.Import.AnnexText;

namespace AntiCor.Core.Documents.Import;

/// <summary>
/// Keeps the annex's directions as its rows open and continue them, in each of the layouts
/// councils use: a numbered direction column ("1 | Напрям"), a named sphere or risk process
/// (a new name opens the next direction), or section rows ("1. Оцінка корупційних ризиків" with
/// the rest of the row empty). A title a page break cut is joined, with a warning.
/// </summary>
internal sealed partial class DirectionReader(List<WarningDraft> warnings)
{
    public List<DirectionDraft> Directions { get; } = [];

    public DirectionDraft? Current { get; private set; }

    /// <summary>A row of a table whose direction column is numbered: a number opens a direction, text alone continues its title.</summary>
    public void ReadNumbered(SourceRow row, string number, List<string> title)
    {
        if (number.Length == 0)
        {
            AppendTitle(row, title);
            return;
        }

        if (!int.TryParse(number.TrimEnd('.'), out var n) || n < 1)
        {
            Warn(WarningCodes.DirectionNumberUnreadable, $"Рядок {row.Line}: номер напряму «{number}» не прочитано; рядок віднесено до попереднього напряму.", row);
            AppendTitle(row, title);
            return;
        }

        if (Current is not null && n != Current.Number + 1)
        {
            Warn(WarningCodes.DirectionNumberSequence, $"Рядок {row.Line}: після напряму {Current.Number} іде напрям {n}.", row);
        }

        if (Directions.Any(d => d.Number == n))
        {
            Warn(WarningCodes.DirectionNumberDuplicate, $"Рядок {row.Line}: напрям {n} уже був; його заходи додано до першого напряму з цим номером.", row);
            Current = Directions.First(d => d.Number == n);
            AppendTitle(row, title);
            return;
        }

        Open(n, row, title);
    }

    /// <summary>
    /// A row of a table whose directions are named (a sphere, a risk's process): a new name opens
    /// the next direction, the same name or none continues the current one.
    /// </summary>
    public void ReadNamed(SourceRow row, List<string> title)
    {
        if (title.Count == 0 || (Current is not null && string.Join(" ", title) == string.Join(" ", Current.TitleParts)))
        {
            return;
        }

        if (Current is not null && row.StartsPage && StartsInLowerCase(title[0]))
        {
            AppendTitle(row, title);
            return;
        }

        Open(Directions.Count + 1, row, title);
    }

    /// <summary>
    /// A section row of a table without a direction column: one filled cell ("1. Оцінка ризиків")
    /// on a line of its own, or in the number or measures column, or in a column the header
    /// does not name (never a risk's or a term's cell alone),
    /// or the number and a title with nothing else in the row when the next row's measures are
    /// numbered within it ("1" | "Оцінка ризиків", then "1.1").
    /// </summary>
    public bool TryReadSection(SourceRow row, SourceRow? next, TableColumns columns)
    {
        var filled = row.Cells.Where(c => !c.IsEmpty).ToList();
        var at = row.Cells.ToList().FindIndex(c => !c.IsEmpty);
        string text;
        var sectionCell = row.Cells.Count == 1 || at == columns.Number || at == columns.Measures || columns.MeaningAt(at) is null;
        if (filled.Count == 1 && sectionCell && !filled[0].Joined.All(c => char.IsDigit(c) || c == '.'))
        {
            text = filled[0].Joined;
        }
        else if (filled.Count == 2 && row.Cell(columns.Number).Joined.TrimEnd('.') is var n && n.Length > 0 && n.All(char.IsDigit)
            && !row.Cell(columns.Measures).IsEmpty && next is not null
            && (next.Cell(columns.Number).Joined + " " + next.Cell(columns.Measures).Joined).TrimStart().StartsWith(n + "."))
        {
            text = n + ". " + row.Cell(columns.Measures).Joined;
        }
        else
        {
            return false;
        }

        var m = SectionTitle().Match(text);
        var number = m.Success ? int.Parse(m.Groups["n"].Value) : Directions.Count + 1;
        ReadNumbered(row, number.ToString(), [m.Success ? m.Groups["title"].Value : text]);
        return true;
    }

    /// <summary>The current direction, or an untitled one for measures that come before any.</summary>
    public DirectionDraft CurrentOrUntitled(SourceRow row)
    {
        if (Current is { } current)
        {
            return current;
        }

        Open(Directions.Count + 1, row, []);
        Warn(WarningCodes.DirectionMissing, $"Рядок {row.Line}: заходи стоять перед першим напрямом; для них створено напрям {Current!.Number} без назви.", row);
        return Current;
    }

    public DirectionDraft? Previous(DirectionDraft direction)
    {
        var index = Directions.IndexOf(direction);
        return index > 0 ? Directions[index - 1] : null;
    }

    private void Open(int number, SourceRow row, List<string> title)
    {
        Current = new DirectionDraft(number, row.Line);
        Current.TitleParts.AddRange(title);
        Directions.Add(Current);
    }

    private void AppendTitle(SourceRow row, List<string> title)
    {
        if (title.Count == 0)
        {
            return;
        }

        var direction = CurrentOrUntitled(row);
        direction.TitleParts.AddRange(title);
        Warn(WarningCodes.SplitCellJoined, $"Рядок {row.Line}: назву напряму {direction.Number} продовжено текстом «{Shorten(string.Join(" ", title))}»{PageNote(row)}.", row);
    }

    private void Warn(string code, string message, SourceRow row) => warnings.Add(new WarningDraft(code, message, row.Line, null));

    [GeneratedRegex(@"^((розділ|напрям|сфера)\s+)?(?<n>\d{1,2})\.?\s+(?<title>\D.*)$", RegexOptions.IgnoreCase | RegexOptions.Singleline)]
    private static partial Regex SectionTitle();
}
