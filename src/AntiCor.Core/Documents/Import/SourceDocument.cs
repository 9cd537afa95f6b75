namespace AntiCor.Core.Documents.Import;

// The shared model of a programme document, whatever its file format: paragraphs before the
// table (the order itself), the annex table as rows of cells of paragraphs, and paragraphs
// after it. The rules that turn it into a programme live in ProgrammeInterpreter, once.

/// <summary>A paragraph of running text with the source line it starts on.</summary>
public sealed record SourceParagraph(string Text, int Line);

/// <summary>What a format can tell of an empty cell: plain text cannot say whether a merged cell above covers it.</summary>
public enum CellMerge
{
    Unknown,
    None,
    Continues,
}

/// <summary>A table cell: one or more paragraphs (a cell may hold several measures).</summary>
public sealed record SourceCell(IReadOnlyList<string> Paragraphs, CellMerge Merge = CellMerge.Unknown)
{
    public static readonly SourceCell Empty = new([]);

    /// <summary>Known to be empty in the document itself (DOCX, HTML): nothing above covers it.</summary>
    public static readonly SourceCell Blank = new([], CellMerge.None);

    /// <summary>Covered by a merged cell above (vMerge, rowspan).</summary>
    public static readonly SourceCell Covered = new([], CellMerge.Continues);

    public bool IsEmpty => Paragraphs.Count == 0;

    public string Joined => string.Join(" ", Paragraphs);
}

/// <summary>
/// A data row of the annex table. <see cref="StartsPage"/> is true for the first row after a
/// page break: only such a row can continue a cell that the break cut.
/// </summary>
public sealed record SourceRow(int Line, int Page, bool StartsPage, IReadOnlyList<SourceCell> Cells)
{
    public SourceCell Cell(int? column) =>
        column is int c && c >= 0 && c < Cells.Count ? Cells[c] : SourceCell.Empty;
}

/// <summary>Where each kind of content sits in the table (<see cref="ColumnMeaning"/>); null where the table has no such column.</summary>
public sealed class TableColumns
{
    private readonly IReadOnlyDictionary<ColumnMeaning, int> _positions;

    public TableColumns(IReadOnlyDictionary<ColumnMeaning, int> positions)
    {
        if (!positions.ContainsKey(ColumnMeaning.Measures))
        {
            throw new ArgumentException("A table's columns include the measures.", nameof(positions));
        }

        _positions = positions;
    }

    /// <summary>The classic layout, by position: number, direction, measures, term, executors.</summary>
    public TableColumns(int? number, int? direction, int measures, int? term, int? executors)
        : this(new[] { (ColumnMeaning.Number, number), (ColumnMeaning.Direction, direction), (ColumnMeaning.Measures, measures), (ColumnMeaning.Term, term), (ColumnMeaning.Executors, executors) }
            .Where(p => p.Item2 is not null).ToDictionary(p => p.Item1, p => p.Item2!.Value))
    {
    }

    public int? this[ColumnMeaning meaning] => _positions.TryGetValue(meaning, out var c) ? c : null;

    public int? Number => this[ColumnMeaning.Number];

    /// <summary>The column that names directions: "Напрям", else the sphere of an integrity plan, else a risk table's process.</summary>
    public int? Direction => this[ColumnMeaning.Direction] ?? this[ColumnMeaning.Sphere] ?? this[ColumnMeaning.Process];

    /// <summary>
    /// True where directions are named by a sphere or process rather than numbered: a new name
    /// opens a new direction, and the number column numbers rows, not directions.
    /// </summary>
    public bool DirectionsNamed => this[ColumnMeaning.Direction] is null && Direction is not null;

    public int Measures => _positions[ColumnMeaning.Measures];

    public int? Term => this[ColumnMeaning.Term];

    public int? Executors => this[ColumnMeaning.Executors];

    public bool Has(ColumnMeaning meaning) => _positions.ContainsKey(meaning);

    /// <summary>What the column at <paramref name="index"/> holds, if the header said.</summary>
    public ColumnMeaning? MeaningAt(int index) =>
        _positions.Where(p => p.Value == index).Select(p => (ColumnMeaning?)p.Key).FirstOrDefault();
}

public sealed record SourceTable(TableColumns Columns, IReadOnlyList<SourceRow> Rows, int Line);

public sealed record SourceDocument(
    IReadOnlyList<SourceParagraph> Before,
    SourceTable Table,
    IReadOnlyList<SourceParagraph> After,
    IReadOnlyList<ImportWarning> ReaderWarnings);

/// <summary>A doubt raised while reading; becomes a warning of the contract.</summary>
public sealed record ImportWarning(string Code, string Message, int? Line)
{
    /// <summary>The header of the column the warning is about (an unknown or repeated column), for the review's choice of meaning.</summary>
    public string? Column { get; init; }
}
