using System.Text;

namespace AntiCor.Core.Documents.Export;

/// <summary>Ukrainian letters in Latin ones (the official 2010 table, word-internal forms), for file names.</summary>
internal static class Transliteration
{
    private static readonly Dictionary<char, string> Letters = new()
    {
        ['а'] = "a", ['б'] = "b", ['в'] = "v", ['г'] = "h", ['ґ'] = "g", ['д'] = "d", ['е'] = "e", ['є'] = "ie",
        ['ж'] = "zh", ['з'] = "z", ['и'] = "y", ['і'] = "i", ['ї'] = "i", ['й'] = "i", ['к'] = "k", ['л'] = "l",
        ['м'] = "m", ['н'] = "n", ['о'] = "o", ['п'] = "p", ['р'] = "r", ['с'] = "s", ['т'] = "t", ['у'] = "u",
        ['ф'] = "f", ['х'] = "kh", ['ц'] = "ts", ['ч'] = "ch", ['ш'] = "sh", ['щ'] = "shch", ['ь'] = "", ['ю'] = "iu",
        ['я'] = "ia", ['\''] = "", ['’'] = "", ['ʼ'] = "",
    };

    /// <summary>"867-р" → "867-r"; anything but ASCII letters and digits becomes one dash.</summary>
    public static string Slug(string text)
    {
        var latin = new StringBuilder();
        foreach (var c in text.ToLowerInvariant())
        {
            latin.Append(Letters.TryGetValue(c, out var l) ? l : c.ToString());
        }

        var slug = new StringBuilder();
        foreach (var c in latin.ToString())
        {
            if (char.IsAsciiLetterOrDigit(c))
            {
                slug.Append(c);
            }
            else if (slug.Length > 0 && slug[^1] != '-')
            {
                slug.Append('-');
            }
        }

        return slug.ToString().TrimEnd('-');
    }
}
