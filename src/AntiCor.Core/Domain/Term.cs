namespace AntiCor.Core.Domain;

/// <summary>
/// When a measure is due. The text as written in the document is always kept: the kind and
/// dates are the importer's reading of it.
/// </summary>
public sealed record Term(TermKind Kind, string Text, DateOnly? From = null, DateOnly? To = null)
{
    public static Term Unknown(string text) => new(TermKind.Unknown, text);
}
