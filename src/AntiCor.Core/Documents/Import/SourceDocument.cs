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

/// <summary>Where each kind of content sits in the table; null where the table has no such column.</summary>
public sealed record TableColumns(int? Number, int? Direction, int Measures, int? Term, int? Executors);

public sealed record SourceTable(TableColumns Columns, IReadOnlyList<SourceRow> Rows, int Line);

public sealed record SourceDocument(
    IReadOnlyList<SourceParagraph> Before,
    SourceTable Table,
    IReadOnlyList<SourceParagraph> After,
    IReadOnlyList<ImportWarning> ReaderWarnings);

/// <summary>A doubt raised while reading; becomes a warning of the contract.</summary>
public sealed record ImportWarning(string Code, string Message, int? Line);
