using System.Text.RegularExpressions;
using AntiCor.Core.Domain;

namespace AntiCor.Core.Programmes.Executors;

/// <summary>
/// How close two spellings of a unit's name are, for a «можливо, …?» suggestion — never for a
/// silent match (that is <see cref="UnitNameKey"/>'s job).
/// <para>
/// The rule, and why: Ukrainian names of units differ in documents by harmless spelling, by the
/// order of their words and by typing slips. So a name is first folded as <see cref="UnitNameKey"/>
/// folds it (case, «і»/«й»/«та», apostrophe variants ' ’ ʼ, dashes, quotes, spaces), then
/// apostrophes and hyphens are dropped (writers omit an apostrophe, «компютерного», or type a
/// hyphen for it, «комп-ютерного»; a compound stays one word), every other mark becomes a space,
/// and the little words that carry no name («з», «та», «у», «до», «щодо» …) are left out. What
/// remains is a bag of words, compared without regard to order («відділ роботи кадрової»). Two
/// words are the same when equal or, from four letters on, within a small edit distance — one
/// letter up to six letters, two beyond — which absorbs a typo («кадрвої») and a changed ending
/// («відділу», «кадрова»). The score is the Dice coefficient of the words matched one to one:
/// 2 × matched ÷ (words in one + words in the other). A suggestion needs <see cref="Threshold"/>
/// (0.8): every word of a two- or three-word name must match, a four- or five-word name may differ
/// in one word of five («Сектор …» for «Відділ …» of the same long name), while «Відділ освіти» and
/// «Управління освіти» (0.5) are not offered for each other.
/// </para>
/// </summary>
public static partial class LooseName
{
    public const double Threshold = 0.8;

    private static readonly HashSet<string> LittleWords =
    [
        "та", "і", "й", "з", "із", "зі", "у", "в", "до", "на", "для", "по", "щодо", "при", "від", "за", "або",
    ];

    /// <summary>The words of a name that carry its meaning, folded as described above.</summary>
    public static IReadOnlyList<string> Words(string name)
    {
        var folded = UnitNameKey.For(name).Replace("'", "", StringComparison.Ordinal).Replace("-", "", StringComparison.Ordinal);
        return NotLetters().Replace(folded, " ")
            .Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Where(w => !LittleWords.Contains(w))
            .ToList();
    }

    /// <summary>From 0 (nothing in common) to 1 (the same words in any order, spelt alike).</summary>
    public static double Similarity(string a, string b) => Similarity(Words(a), Words(b));

    public static double Similarity(IReadOnlyList<string> a, IReadOnlyList<string> b)
    {
        if (a.Count == 0 || b.Count == 0)
        {
            return 0;
        }

        // Exact words pair off first, so that a near word cannot take the partner of an equal one.
        var left = a.ToList();
        var right = b.ToList();
        var matched = 0;
        foreach (var word in left.ToList())
        {
            if (right.Remove(word))
            {
                left.Remove(word);
                matched++;
            }
        }

        foreach (var word in left)
        {
            var partner = right.FirstOrDefault(r => Near(word, r));
            if (partner is not null)
            {
                right.Remove(partner);
                matched++;
            }
        }

        return 2.0 * matched / (a.Count + b.Count);
    }

    private static bool Near(string a, string b)
    {
        var longer = Math.Max(a.Length, b.Length);
        if (Math.Min(a.Length, b.Length) < 4)
        {
            return false;
        }

        var allowed = longer <= 6 ? 1 : 2;
        return Math.Abs(a.Length - b.Length) <= allowed && EditDistance(a, b, allowed) <= allowed;
    }

    /// <summary>Levenshtein distance, stopping early once it exceeds <paramref name="limit"/>.</summary>
    private static int EditDistance(string a, string b, int limit)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            var rowMin = current[0];
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
                rowMin = Math.Min(rowMin, current[j]);
            }

            if (rowMin > limit)
            {
                return rowMin;
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }

    [GeneratedRegex(@"[^\p{L}\p{N}]+")]
    private static partial Regex NotLetters();
}
