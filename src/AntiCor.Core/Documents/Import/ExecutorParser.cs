using System.Text.RegularExpressions;
using AntiCor.Core.Domain;

namespace AntiCor.Core.Documents.Import;

/// <summary>
/// Splits an executors cell into executors. Commas separate executors, except inside the name of
/// a group such as "керівники підприємств, установ, організацій, що перебувають у комунальній
/// власності", whose enumeration continues with genitive nouns and a "що ..." clause.
/// </summary>
public static partial class ExecutorParser
{
    // Words that continue the previous executor's name rather than start a new one.
    private static readonly string[] ContinuationStarts =
    [
        "установ", "організацій", "закладів", "товариств", "підприємств", "що ", "які ", "яких ", "котрі ",
    ];

    private static readonly string[] GroupStarts =
    [
        "виконавчі органи", "усі виконавчі органи", "всі виконавчі органи", "керівники", "структурні підрозділи",
        "головні розпорядники", "розпорядники бюджетних коштів", "комунальні підприємства",
    ];

    private static readonly string[] ExternalStarts =
    [
        "громадська рада", "громадські організації", "громадськість", "інститути громадянського суспільства",
    ];

    public static IReadOnlyList<ParsedExecutor> Parse(string cell)
    {
        var parts = new List<string>();
        foreach (var piece in Separator().Split(cell))
        {
            var p = piece.Trim();
            if (p.Length == 0)
            {
                continue;
            }

            if (parts.Count > 0 && ContinuationStarts.Any(s => p.StartsWith(s, StringComparison.Ordinal)))
            {
                parts[^1] += ", " + p;
            }
            else
            {
                parts.Add(p);
            }
        }

        return parts.Select(Read).Where(e => e.Name.Length > 0).ToList();
    }

    private static ParsedExecutor Read(string raw)
    {
        var consent = Consent().IsMatch(raw);
        var name = Consent().Replace(raw, "").Trim().TrimEnd('.', ';', ',').Trim();
        name = Capitalize(name);
        var lower = name.ToLowerInvariant();
        var kind = consent || ExternalStarts.Any(lower.StartsWith) ? ExecutorKind.External
            : GroupStarts.Any(lower.StartsWith) ? ExecutorKind.Group
            : ExecutorKind.Unit;
        return new ParsedExecutor(name, raw.Trim(), kind, consent);
    }

    public static string Capitalize(string s) =>
        s.Length == 0 ? s : char.ToUpperInvariant(s[0]) + s[1..];

    [GeneratedRegex(@"[,;]")]
    private static partial Regex Separator();

    [GeneratedRegex(@"\(\s*за\s+згодою\s*\)|\bза\s+згодою\b", RegexOptions.IgnoreCase)]
    private static partial Regex Consent();
}
