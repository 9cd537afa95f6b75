namespace AntiCor.Core.Documents.Import;

/// <summary>
/// Reads the plain-text form of an order: running text, then the annex table with one row per
/// line and cells separated by tabs, then the closing signature.
/// </summary>
public static class PlainTextDocumentReader
{
    public static SourceDocument Read(string text)
    {
        var lines = text.Split('\n');
        var first = Array.FindIndex(lines, l => l.Contains('\t'));
        if (first < 0)
        {
            throw new ImportException("У документі не знайдено таблиці заходів (у текстовому файлі стовпці таблиці розділяються табуляцією).");
        }

        var last = Array.FindLastIndex(lines, l => l.Contains('\t'));
        while (last > first && (IsSignature(lines[last]) || !lines[last].Contains('\t')))
        {
            // "Сільський голова<TAB><TAB>Марія КОВАЛЬ" under the table is the signature, not a row.
            last--;
        }

        var warnings = new List<ImportWarning>();
        var rows = new List<RawRow>();
        for (var i = first; i <= last; i++)
        {
            // A line without tabs inside the table is a row of one (merged) cell, e.g. a section title.
            if (!string.IsNullOrWhiteSpace(lines[i]))
            {
                rows.Add(new RawRow(i + 1, lines[i].Split('\t').Select(CellText.ToCell).ToList()));
            }
        }

        var table = TableAssembler.Assemble(rows, warnings);
        return new SourceDocument(
            Paragraphs(lines, 0, first),
            table,
            Paragraphs(lines, last + 1, lines.Length),
            warnings);
    }

    private static bool IsSignature(string line)
    {
        var first = line.Split('\t').Select(c => c.Trim()).FirstOrDefault(c => c.Length > 0) ?? "";
        return PreambleParser.StartsWithPosition(first);
    }

    /// <summary>
    /// Running text as paragraphs: blank lines separate them, and so do tabs and the bold markers
    /// (**) the text extraction left where the layout had separate blocks.
    /// </summary>
    private static List<SourceParagraph> Paragraphs(string[] lines, int from, int to)
    {
        var result = new List<SourceParagraph>();
        var current = new List<string>();
        var start = 0;

        void Flush()
        {
            var text = CellText.Clean(string.Join(" ", current));
            if (text.Length > 0)
            {
                result.Add(new SourceParagraph(text, start));
            }

            current.Clear();
        }

        for (var i = from; i < to; i++)
        {
            if (string.IsNullOrWhiteSpace(lines[i]))
            {
                Flush();
                continue;
            }

            var parts = lines[i].Split(["**", "\t"], StringSplitOptions.None);
            for (var p = 0; p < parts.Length; p++)
            {
                if (p > 0)
                {
                    Flush();
                }

                if (parts[p].Trim().Length > 0)
                {
                    if (current.Count == 0)
                    {
                        start = i + 1;
                    }

                    current.Add(parts[p].Trim());
                }
            }
        }

        Flush();
        return result;
    }
}
