using System.Text;
using System.Text.RegularExpressions;

namespace AntiCor.Core.Domain;

/// <summary>
/// Folds the harmless differences between spellings of one unit's name: letter case, the
/// conjunctions "і"/"й"/"та" (the seed writes its anti-corruption department both ways),
/// apostrophe and dash variants, quotes and spacing.
/// </summary>
public static partial class UnitNameKey
{
    public static string For(string name)
    {
        var s = name.ToLowerInvariant()
            .Replace('’', '\'').Replace('ʼ', '\'').Replace('`', '\'').Replace('‘', '\'')
            .Replace('–', '-').Replace('—', '-')
            .Replace("\"", "").Replace("“", "").Replace("”", "").Replace("«", "").Replace("»", "");
        s = Conjunction().Replace(s, " та ");
        s = Spaces().Replace(s, " ").Trim().TrimEnd('.', ',', ';');
        return s.Normalize(NormalizationForm.FormC);
    }

    [GeneratedRegex(@"\s+(і|й|та)\s+")]
    private static partial Regex Conjunction();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
