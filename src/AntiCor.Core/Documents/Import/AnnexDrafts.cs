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

    /// <summary>The paragraphs of each further column for this measure: expected result, indicators, resources, monitoring.</summary>
    public Dictionary<ColumnMeaning, List<string>> Details { get; } = [];

    /// <summary>Shared by every measure that addresses the same risk.</summary>
    public RiskDraft? Risk { get; set; }

    public string Code => $"{Direction.Number}.{Number}";
}

internal sealed class CellDraft(string text, int line)
{
    public List<string> Parts { get; } = [text];
    public int Line { get; } = line;
    public string Text => string.Join(" ", Parts);
}

/// <summary>A risk as a risk table's row opens it; later rows of the same (merged) risk add measures or text to it.</summary>
internal sealed class RiskDraft(string? process, int line)
{
    public string? Process { get; } = process;
    public int Line { get; } = line;
    public Dictionary<ColumnMeaning, List<string>> Fields { get; } = [];
    public int Measures { get; set; }

    public string? Text(ColumnMeaning meaning) =>
        Fields.TryGetValue(meaning, out var parts) && parts.Count > 0 ? string.Join(" ", parts) : null;
}

internal sealed record WarningDraft(string Code, string Message, int? Line, MeasureDraft? Measure);
