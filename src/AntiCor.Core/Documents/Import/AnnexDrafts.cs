namespace AntiCor.Core.Documents.Import;

// Mutable drafts used while the annex table is read row by row: a page break can still add to a
// direction title, a measure text or a term/executors cell after the row that began it.

internal sealed class DirectionDraft(int number, int line)
{
    public int Number { get; } = number;
    public int Line { get; } = line;
    public List<string> TitleParts { get; } = [];
    public List<MeasureDraft> Measures { get; } = [];

    public int? LastNumber => Measures.LastOrDefault(m => m.Number is not null)?.Number;
}

internal sealed class MeasureDraft(DirectionDraft direction, int? number, int line, int page)
{
    public DirectionDraft Direction { get; } = direction;
    public int? Number { get; set; } = number;
    public int? WrittenDirection { get; init; }
    public List<string> TextParts { get; } = [];
    public int Line { get; } = line;
    public int Page { get; } = page;

    /// <summary>Shared by every measure under a merged cell, so a later continuation reaches all of them.</summary>
    public CellDraft? Term { get; set; }

    public CellDraft? Executors { get; set; }
    public bool NeedsReview { get; set; }

    public string Code => $"{Direction.Number}.{Number}";
}

internal sealed class CellDraft(string text, int line)
{
    public List<string> Parts { get; } = [text];
    public int Line { get; } = line;
    public string Text => string.Join(" ", Parts);
}

internal sealed record WarningDraft(string Code, string Message, int? Line, MeasureDraft? Measure);
