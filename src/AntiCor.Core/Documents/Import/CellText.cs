using System.Net;
using System.Text.RegularExpressions;

namespace AntiCor.Core.Documents.Import;

/// <summary>Cleans the text of a cell or paragraph: markup fragments, entities, odd spaces.</summary>
public static partial class CellText
{
    /// <summary>A cell's paragraphs: its &lt;p&gt; elements (or &lt;br&gt; breaks), else its whole text.</summary>
    public static SourceCell ToCell(string raw)
    {
        var parts = ParagraphBreak().Split(raw)
            .Select(Clean)
            .Where(p => p.Length > 0)
            .ToList();
        return parts.Count == 0 ? SourceCell.Empty : new SourceCell(parts);
    }

    public static string Clean(string text)
    {
        var withoutTags = Tag().Replace(text, " ");
        var decoded = WebUtility.HtmlDecode(withoutTags).Replace('\u00A0', ' ');
        return Spaces().Replace(decoded, " ").Trim();
    }

    /// <summary>Whitespace only: for text that came out of a parsed DOCX or HTML and holds no markup.</summary>
    public static string Normalize(string text) => Spaces().Replace(text.Replace('\u00A0', ' '), " ").Trim();

    [GeneratedRegex(@"</p\s*>|<p(\s[^>]*)?>|<br\s*/?>", RegexOptions.IgnoreCase)]
    private static partial Regex ParagraphBreak();

    [GeneratedRegex(@"<[^>]{0,200}>")]
    private static partial Regex Tag();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
