using System.Text.RegularExpressions;
using AntiCor.Core.Contracts;

namespace AntiCor.Core.Documents.Import;

/// <summary>
/// Splits an executors cell into executors: units, groups of units, parties outside the council,
/// and officials named by their position ("староста", "уповноважена особа з питань запобігання та
/// виявлення корупції", "начальник відділу освіти, культури та спорту"). Commas separate
/// executors, except inside a name: a group's enumeration ("керівники підприємств, установ,
/// організацій, що …") or a unit's or position's genitive list ("… освіти, культури та спорту"),
/// whose pieces name no executor of their own; a qualifier ("відповідно до розподілу обов'язків",
/// "у межах компетенції", "за згодою"); or a second office of the same person after a position
/// ("начальник відділу з питань запобігання та виявлення корупції, уповноважена особа" is one
/// official, where "Загальний відділ, уповноважена особа" are two executors).
/// </summary>
public static partial class ExecutorParser
{
    // Words that continue the previous executor's name rather than start a new one.
    private static readonly string[] ContinuationStarts =
    [
        "установ", "організацій", "закладів", "товариств", "підприємств", "що ", "які ", "яких ", "котрі ",
        "відповідно до", "згідно з", "згідно із", "у межах", "в межах", "за напрям", "за належністю", "за компетенцією", "за згодою",
    ];

    // After a position and a comma, these in lower case name another office of the same official.
    private static readonly string[] SecondOffices =
    [
        "уповноважена особа", "уповноважений з питань", "відповідальна особа", "відповідальний за",
    ];

    private static readonly string[] GroupStarts =
    [
        "виконавчі органи", "усі виконавчі органи", "всі виконавчі органи", "керівники", "структурні підрозділи",
        "головні розпорядники", "розпорядники бюджетних коштів", "комунальні підприємства", "старости", "члени ", "класні керівники",
    ];

    private static readonly string[] ExternalStarts =
    [
        "громадська рада", "громадські організації", "громадськість", "інститути громадянського суспільства",
    ];

    private static readonly string[] PositionStarts =
    [
        "уповноважена особа", "уповноважений", "відповідальна особа", "посадова особа", "староста", "начальник", "заступник",
        "перший заступник", "керівник ", "керуючий справами", "головний спеціаліст", "провідний спеціаліст", "спеціаліст",
        "секретар", "директор", "завідувач", "голова ", "міський голова", "сільський голова", "селищний голова",
        "радник", "інспектор", "юрисконсульт", "головний бухгалтер", "адміністратор",
    ];

    /// <summary>Nouns that head an executor's own name: a piece holding one is never the tail of another name.</summary>
    private static readonly HashSet<string> HeadNouns =
    [
        "відділ", "відділи", "управління", "сектор", "сектори", "служба", "департамент", "комісія", "комітет", "рада", "центр",
        "бухгалтерія", "архів", "апарат", "інспекція", "група", "особа", "особи", "спеціаліст", "начальник", "заступник",
        "керівник", "керівники", "голова", "секретар", "староста", "старости", "директор", "завідувач", "підрозділ",
        "підрозділи", "орган", "органи", "підприємство", "підприємства", "установа", "установи", "заклад", "заклади",
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

            if (parts.Count > 0 && (Continues(p) || IsSecondOffice(parts[^1], p)))
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

    /// <summary>
    /// A piece after a comma that starts in lower case with a genitive word ("культури та спорту",
    /// "молоді") and names no executor of its own continues the name before it.
    /// </summary>
    private static bool Continues(string piece)
    {
        if (ContinuationStarts.Any(s => piece.StartsWith(s, StringComparison.Ordinal)))
        {
            return true;
        }

        if (!char.IsLower(piece[0]) || Starts(piece.ToLowerInvariant()) is not null)
        {
            return false;
        }

        var words = Words().Matches(piece).Select(m => m.Value.ToLowerInvariant()).ToList();
        return words.Count > 0 && GenitiveEnding().IsMatch(words[0]) && !words.Any(HeadNouns.Contains);
    }

    /// <summary>A lower-case office right after a position's name is the same person's other office.</summary>
    private static bool IsSecondOffice(string previous, string piece) =>
        char.IsLower(piece[0])
        && SecondOffices.Any(o => piece.StartsWith(o, StringComparison.Ordinal))
        && Starts(previous.ToLowerInvariant()) == ExecutorKinds.Position;

    private static ParsedExecutor Read(string raw)
    {
        var consent = Consent().IsMatch(raw);
        var name = Consent().Replace(raw, "").Trim().TrimEnd('.', ';', ',').Trim();
        name = Capitalize(name);
        var kind = consent ? ExecutorKinds.External : Starts(name.ToLowerInvariant()) ?? ExecutorKinds.Unit;
        return new ParsedExecutor(name, raw.Trim(), ContractNames.ExecutorKindOf(kind), consent) { IsPosition = kind == ExecutorKinds.Position };
    }

    /// <summary>The kind (<see cref="ExecutorKinds"/>) a name's opening words make it; null for a unit's own name.</summary>
    private static string? Starts(string lower) =>
        ExternalStarts.Any(lower.StartsWith) ? ExecutorKinds.External
        : GroupStarts.Any(lower.StartsWith) ? ExecutorKinds.Group
        : PositionStarts.Any(lower.StartsWith) ? ExecutorKinds.Position
        : null;

    public static string Capitalize(string s) =>
        s.Length == 0 ? s : char.ToUpperInvariant(s[0]) + s[1..];

    [GeneratedRegex(@"[,;]")]
    private static partial Regex Separator();

    [GeneratedRegex(@"\(\s*за\s+згодою\s*\)|\bза\s+згодою\b", RegexOptions.IgnoreCase)]
    private static partial Regex Consent();

    [GeneratedRegex(@"[\p{L}'’-]+")]
    private static partial Regex Words();

    [GeneratedRegex(@"(и|і|ї|у|ю|ого|ої|их|ів|ей)$")]
    private static partial Regex GenitiveEnding();
}
