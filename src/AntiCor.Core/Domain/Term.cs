namespace AntiCor.Core.Domain;

/// <summary>
/// When a measure is due. The text as written in the document is always kept: the kind and
/// dates are the importer's reading of it.
/// </summary>
public sealed record Term(TermKind Kind, string Text, DateOnly? From = null, DateOnly? To = null)
{
    /// <summary>"Щороку до 1 грудня": the day each year as ISO 8601 "--12-01"; null where none is named.</summary>
    public string? DueEachYear { get; init; }

    /// <summary>"ІІ квартал", "І півріччя": the part of the year named (Contracts.YearParts); null where none.</summary>
    public string? PartOfYear { get; init; }

    public static Term Unknown(string text) => new(TermKind.Unknown, text);
}
