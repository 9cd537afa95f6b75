using System.Text.RegularExpressions;
using AntiCor.Core.Contracts;

namespace AntiCor.Core.Documents.Import;

/// <summary>
/// Reads the order around the annex table: act kind, issuer, date and number, title, the
/// parent programme it cites, the reporting rule and the unit to report to, the signatories,
/// and the annex's approval block ("ЗАТВЕРДЖЕНО ...") with the plan's own title.
/// </summary>
internal static partial class PreambleParser
{
    private static readonly (string Heading, string Nominative)[] Issuers =
    [
        ("міського голови", "Міський голова"),
        ("сільського голови", "Сільський голова"),
        ("селищного голови", "Селищний голова"),
        ("виконавчого комітету", "Виконавчий комітет"),
        ("міської ради", "Міська рада"),
        ("комунального підприємства", "Комунальне підприємство"),
        ("комунальної установи", "Комунальна установа"),
        ("комунального закладу", "Комунальний заклад"),
        ("державного підприємства", "Державне підприємство"),
        ("селищної ради", "Селищна рада"),
        ("сільської ради", "Сільська рада"),
        ("обласної ради", "Обласна рада"),
        ("голови", "Голова"),
    ];

    private static readonly string[] OwnOrganizationIssuers =
    [
        "Комунальне підприємство", "Комунальна установа", "Комунальний заклад", "Державне підприємство",
    ];

    private static readonly string[] ActKinds = ["розпорядження", "рішення", "наказ", "постанова", "ухвала"];

    private static readonly string[] PositionStarts =
    [
        "міський голова", "сільський голова", "селищний голова", "заступник", "секретар", "начальник", "голова", "керуючий", "директор", "перший заступник",
        "в.о.", "т.в.о.",
    ];

    /// <summary>Whether a line starts with an official's position ("Сільський голова"), as a signature does.</summary>
    public static bool StartsWithPosition(string text) =>
        PositionStarts.Any(p => text.TrimStart().StartsWith(p, StringComparison.OrdinalIgnoreCase));

    public static Preamble Parse(IReadOnlyList<SourceParagraph> before, IReadOnlyList<SourceParagraph> after)
    {
        var texts = before.Select(p => p.Text).ToList();
        var kindIndex = texts.FindIndex(t => ActKinds.Contains(t.ToLowerInvariant()));
        var approvalIndex = texts.FindIndex(t => t.StartsWith("ЗАТВЕРДЖЕНО", StringComparison.OrdinalIgnoreCase));
        var head = approvalIndex >= 0 ? texts.Take(approvalIndex).ToList() : texts;

        var dateIndex = head.FindIndex(t => DateLine().IsMatch(t));
        var date = dateIndex >= 0 ? UkrainianDates.Parse(head[dateIndex]) : null;
        // The act's number stands by its date; a "№" before it may belong to a name ("Ліцей № 3").
        var numberMatch = head.Skip(Math.Max(dateIndex, 0)).Concat(head).Select(t => NumberLine().Match(t)).FirstOrDefault(m => m.Success);
        var issuerHeading = kindIndex >= 0 && dateIndex > kindIndex + 1
            ? string.Join(" ", head.Skip(kindIndex + 1).Take(dateIndex - kindIndex - 1))
            : null;
        var titleIndex = head.FindIndex(t => t.StartsWith("Про ", StringComparison.Ordinal));
        var body = string.Join("\n", head.Skip(titleIndex + 1));

        var (approvalNumber, approvalDate, planTitle) = ReadApproval(texts, approvalIndex);
        planTitle ??= AnnexTitle(texts);
        var signedUnder = ReadSignatory(after.Select(p => p.Text).ToList(), -1);

        return new Preamble(
            kindIndex >= 0 ? texts[kindIndex].ToLowerInvariant() : null,
            issuerHeading is null ? null : IssuerName(issuerHeading),
            numberMatch?.Groups["n"].Value,
            date,
            titleIndex >= 0 ? head[titleIndex] : null,
            planTitle,
            ReadParent(body),
            // Where the table stands inside the order itself, the order is signed under the table.
            ReadSignatory(head, titleIndex) ?? signedUnder,
            signedUnder,
            ReadCoordinator(body),
            ReportingRuleParser.Read(body),
            ReadOrganization(body, issuerHeading),
            approvalIndex >= 0 ? before[approvalIndex].Line : null,
            approvalNumber,
            approvalDate);
    }

    /// <summary>"МІСЬКОГО ГОЛОВИ МІСТА КРОПИВНИЦЬКОГО" → "Міський голова міста Кропивницького".</summary>
    private static string IssuerName(string heading)
    {
        var lower = heading.ToLowerInvariant();
        var words = lower.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        for (var i = 1; i < words.Length; i++)
        {
            // Place names follow "міста", "села", "селища"; their adjectives precede "області", "сільської ради".
            if (words[i - 1] is "міста" or "села" or "селища" || (i + 1 < words.Length && IsBodyOfPlace(words[i + 1])))
            {
                words[i] = char.ToUpperInvariant(words[i][0]) + words[i][1..];
            }
        }

        var text = QuotedName().Replace(string.Join(" ", words), q => q.Value[0] + char.ToUpperInvariant(q.Value[1]).ToString() + q.Value[2..]);
        foreach (var (genitive, nominative) in Issuers)
        {
            if (text.StartsWith(genitive, StringComparison.Ordinal))
            {
                return nominative + text[genitive.Length..];
            }
        }

        return char.ToUpperInvariant(text[0]) + text[1..];
    }

    private static bool IsBodyOfPlace(string word) =>
        word.StartsWith("област") || word.StartsWith("обласн") || word is "сільської" or "селищної" or "міської" or "районної" or "територіальної";

    /// <summary>
    /// Without an approval block, the paragraph just above the table is the plan's own title
    /// ("Антикорупційна програма … на 2025-2027 роки") unless it is another part of the order:
    /// the act's kind, date, number or "Про …" title, a numbered point, or the signature.
    /// </summary>
    private static string? AnnexTitle(List<string> texts)
    {
        if (texts.Count == 0)
        {
            return null;
        }

        var last = texts[^1];
        var other = ActKinds.Contains(last.ToLowerInvariant()) || DateLine().IsMatch(last) || last.StartsWith('№')
            || last.StartsWith("Про ", StringComparison.Ordinal) || NumberedPoint().IsMatch(last) || PersonName().IsMatch(last)
            || StartsWithPosition(last);
        return other || last.Split(' ').Length < 3 ? null : last;
    }

    /// <summary>"ЗАТВЕРДЖЕНО / Розпорядження ... / 12 серпня 2019 року № 98 / [plan title]" up to the table.</summary>
    private static (string? Number, DateOnly? Date, string? Title) ReadApproval(List<string> texts, int index)
    {
        if (index < 0)
        {
            return (null, null, null);
        }

        var block = string.Join(" ", texts.Skip(index));
        var number = NumberLine().Match(block);
        var date = UkrainianDates.Parse(block);
        var rest = number.Success ? block[(number.Index + number.Length)..].Trim() : "";
        var title = rest.Length > 0 ? rest : texts.Count > index + 1 ? texts[^1] : null;
        return (number.Success ? number.Groups["n"].Value : null, date, title);
    }

    private static ParentProgrammeData? ReadParent(string body)
    {
        var m = ParentAct().Match(body);
        if (!m.Success)
        {
            return null;
        }

        var kind = m.Groups["kind"].Value.ToLowerInvariant() switch
        {
            "наказу" => "наказ",
            "постанови" => "постанова",
            var k => k,
        };
        return new ParentProgrammeData(m.Groups["title"].Value.Trim(), m.Groups["n"].Value, UkrainianDates.Parse(m.Groups["date"].Value))
        {
            Kind = kind,
            Issuer = m.Groups["issuer"].Value.Trim(),
        };
    }

    private static string? ReadCoordinator(string body)
    {
        var m = Coordinator().Match(body);
        if (!m.Success)
        {
            return null;
        }

        // The unit is named in the dative or accusative ("сектору з питань ..."): restore its head noun.
        var unit = m.Groups["unit"].Value.Trim();
        var officer = Officer().Match(unit);
        if (officer.Success)
        {
            return "уповноважена особа" + unit[officer.Length..];
        }

        var space = unit.IndexOf(' ');
        var head = unit[..space].ToLowerInvariant() switch
        {
            "відділу" => "відділ",
            "сектору" => "сектор",
            "департаменту" => "департамент",
            "управлінню" => "управління",
            "службі" or "службу" => "служба",
            var h => h,
        };
        return head + unit[space..];
    }

    private static string? ReadOrganization(string body, string? issuerHeading)
    {
        var issuer = issuerHeading is null ? null : IssuerName(issuerHeading);
        if (issuer is not null && OwnOrganizationIssuers.Any(issuer.StartsWith))
        {
            // An enterprise's or institution's own order: the body that adopts the plan is the issuer itself.
            return issuer;
        }

        var named = NamedCouncil().Match(body + "\n" + issuerHeading);
        if (named.Success)
        {
            // "Великоселицької сільської ради" → "Великоселицька сільська рада".
            var adjective = named.Groups["adj"].Value;
            var kindWord = named.Groups["kind"].Value.ToLowerInvariant();
            return $"{char.ToUpperInvariant(adjective[0])}{adjective[1..^2].ToLowerInvariant()}а {kindWord[..^2]}а рада";
        }

        var m = Council().Match(body);
        if (m.Success)
        {
            var kind = m.Groups["kind"].Value.ToLowerInvariant() switch
            {
                var k when k.StartsWith("селищн") => "Селищна",
                var k when k.StartsWith("сільськ") => "Сільська",
                _ => "Міська",
            };
            return $"{kind} рада {m.Groups["place"].Value.ToLowerInvariant()} {m.Groups["name"].Value}";
        }

        var city = issuerHeading is null ? Match.Empty : CityInHeading().Match(issuerHeading);
        return city.Success ? "Міська рада міста " + IssuerName("міста " + city.Groups["name"].Value)[6..] : null;
    }

    /// <summary>A position paragraph followed by a short name paragraph ("Олександр МОСІН").</summary>
    private static SignatoryData? ReadSignatory(List<string> texts, int after)
    {
        for (var i = texts.Count - 2; i > after; i--)
        {
            var position = texts[i];
            var name = texts[i + 1];
            if (StartsWithPosition(position) && PersonName().IsMatch(name))
            {
                return new SignatoryData(position, name);
            }
        }

        return null;
    }

    [GeneratedRegex(@"^(від\s+)?\d{1,2}(\s+\p{L}+\s+|\.\d{1,2}\.)\d{4}", RegexOptions.IgnoreCase)]
    private static partial Regex DateLine();

    [GeneratedRegex(@"^\d{1,2}\.\s")]
    private static partial Regex NumberedPoint();

    [GeneratedRegex(@"№\s*(?<n>[\p{L}\d][\p{L}\d\-/]*?)(?=\s|$|\*|[,;.](\s|$))")]
    private static partial Regex NumberLine();

    [GeneratedRegex(@"відповідно\s+до\s+(?<kind>розпорядження|рішення|наказу|постанови)\s+(?<issuer>.+?)\s+від\s+(?<date>\d{1,2}\s+\p{L}+\s+\d{4}(\s+року)?|\d{1,2}\.\d{1,2}\.\d{4})\s*№\s*(?<n>[\p{L}\d\-/]+)\s*[“""«](?<title>[^”""»]+)[”""»]", RegexOptions.IgnoreCase)]
    private static partial Regex ParentAct();

    [GeneratedRegex(@"(інформувати|інформує|подавати|надавати|подають|надають)\s+(інформацію\s+)?(до\s+)?(?<unit>(відділ|управління|департамент|сектор|службу|уповноважен\p{L}*\s+особ)\p{L}*\s.+?)\s+(про\s+стан|щодо\s+стану|інформацію|до\s+\d)", RegexOptions.IgnoreCase)]
    private static partial Regex Coordinator();

    [GeneratedRegex(@"^уповноважен\p{L}*\s+особ\p{L}*", RegexOptions.IgnoreCase)]
    private static partial Regex Officer();

    [GeneratedRegex(@"(?<kind>міськ\p{L}*|селищн\p{L}*|сільськ\p{L}*)\s+рад\p{L}*\s+(?<place>міста|селища|села)\s+(?<name>\p{Lu}[\p{L}'’-]+)", RegexOptions.IgnoreCase)]
    private static partial Regex Council();

    // From a word's start only, and no longer than a real name: unbounded, a long run of letters made this quadratic (found by the fuzzer).
    [GeneratedRegex(@"(?<!\p{L})(?<adj>\p{L}{1,40}(ьк|ськ|цьк|зьк)ої)\s+(?<kind>сільської|селищної|міської)\s+ради", RegexOptions.IgnoreCase)]
    private static partial Regex NamedCouncil();

    [GeneratedRegex(@"[«""“]\p{L}")]
    private static partial Regex QuotedName();

    [GeneratedRegex(@"міста\s+(?<name>[\p{L}'’-]+)", RegexOptions.IgnoreCase)]
    private static partial Regex CityInHeading();

    [GeneratedRegex(@"^\p{Lu}[\p{L}'’.-]*(\s+\p{Lu}[\p{L}'’.-]*){1,2}$")]
    private static partial Regex PersonName();
}
