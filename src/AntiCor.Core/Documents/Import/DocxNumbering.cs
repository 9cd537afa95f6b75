using System.Globalization;
using DocumentFormat.OpenXml.Wordprocessing;

namespace AntiCor.Core.Documents.Import;

/// <summary>
/// Word's automatic numbering: the "1." before a measure is not in the text but computed from
/// the numbering part. Counts each list in document order, as Word does, and gives the label.
/// </summary>
internal sealed class DocxNumbering
{
    private readonly Dictionary<int, int> _abstractOfNum = [];
    private readonly Dictionary<int, Dictionary<int, Level>> _levels = [];
    private readonly Dictionary<int, Dictionary<int, int>> _starts = [];
    private readonly Dictionary<int, int[]> _counters = [];

    public DocxNumbering(Numbering? numbering)
    {
        if (numbering is null)
        {
            return;
        }

        foreach (var abs in numbering.Elements<AbstractNum>())
        {
            var levels = new Dictionary<int, Level>();
            foreach (var lvl in abs.Elements<DocumentFormat.OpenXml.Wordprocessing.Level>())
            {
                levels[OpenXmlNumbers.Int(lvl.LevelIndex) ?? 0] = new Level(
                    lvl.NumberingFormat?.Val?.InnerText ?? "decimal",
                    lvl.LevelText?.Val?.Value ?? "",
                    OpenXmlNumbers.Int(lvl.StartNumberingValue?.Val) ?? 1);
            }

            _levels[OpenXmlNumbers.Int(abs.AbstractNumberId) ?? 0] = levels;
        }

        foreach (var num in numbering.Elements<NumberingInstance>())
        {
            var id = OpenXmlNumbers.Int(num.NumberID) ?? 0;
            _abstractOfNum[id] = OpenXmlNumbers.Int(num.AbstractNumId?.Val) ?? 0;
            _starts[id] = num.Elements<LevelOverride>()
                .Where(o => o.StartOverrideNumberingValue?.Val is not null)
                .Select(o => (Level: OpenXmlNumbers.Int(o.LevelIndex) ?? 0, Start: OpenXmlNumbers.Int(o.StartOverrideNumberingValue!.Val) ?? 1))
                .GroupBy(o => o.Level)
                .ToDictionary(g => g.Key, g => g.Last().Start); // a level overridden twice: Word takes the last
        }
    }

    /// <summary>The label of a numbered paragraph ("1.", "2.3."), or "" for plain or bulleted ones.</summary>
    public string LabelOf(Paragraph paragraph)
    {
        var numPr = paragraph.ParagraphProperties?.NumberingProperties;
        var numId = OpenXmlNumbers.Int(numPr?.NumberingId?.Val) ?? 0;
        if (numId == 0 || !_abstractOfNum.TryGetValue(numId, out var abstractId) || !_levels.TryGetValue(abstractId, out var levels))
        {
            return "";
        }

        var ilvl = OpenXmlNumbers.Int(numPr!.NumberingLevelReference?.Val) ?? 0;
        if (!levels.TryGetValue(ilvl, out var level) || level.Format == "bullet" || level.Format == "none")
        {
            return "";
        }

        var counters = _counters.TryGetValue(numId, out var c) ? c : _counters[numId] = new int[9];
        counters[ilvl] = counters[ilvl] == 0 ? StartOf(numId, ilvl, level) : counters[ilvl] + 1;
        for (var deeper = ilvl + 1; deeper < counters.Length; deeper++)
        {
            counters[deeper] = 0;
        }

        var label = level.Text;
        for (var i = 0; i <= ilvl; i++)
        {
            var value = counters[i] == 0 && levels.TryGetValue(i, out var upper) ? StartOf(numId, i, upper) : counters[i];
            label = label.Replace("%" + (i + 1), Format(value, levels.TryGetValue(i, out var l) ? l.Format : "decimal"));
        }

        return label;
    }

    private int StartOf(int numId, int ilvl, Level level) =>
        _starts.TryGetValue(numId, out var starts) && starts.TryGetValue(ilvl, out var start) ? start : level.Start;

    private static string Format(int value, string format) => format switch
    {
        "lowerLetter" => ((char)('a' + ((value - 1) % 26))).ToString(),
        "upperLetter" => ((char)('A' + ((value - 1) % 26))).ToString(),
        "upperRoman" => Roman(value),
        "lowerRoman" => Roman(value).ToLowerInvariant(),
        _ => value.ToString(CultureInfo.InvariantCulture),
    };

    private static string Roman(int value)
    {
        (int, string)[] map = [(1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"), (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")];
        var result = "";
        foreach (var (n, s) in map)
        {
            while (value >= n)
            {
                result += s;
                value -= n;
            }
        }

        return result;
    }

    private sealed record Level(string Format, string Text, int Start);
}
