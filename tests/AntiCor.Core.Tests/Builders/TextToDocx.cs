namespace AntiCor.Core.Tests.Builders;

/// <summary>
/// The plain-text form of an order laid out as Word would hold it: running text as paragraphs
/// (blank lines and ** markers between them), the tab-separated lines as the rows of one table,
/// each &lt;p&gt; of a cell as a paragraph of the cell.
/// </summary>
internal static class TextToDocx
{
    public static byte[] Convert(string text)
    {
        var builder = new DocxBuilder();
        var rows = new List<DocxCell[]>();
        var paragraph = new List<string>();

        void FlushParagraph()
        {
            if (paragraph.Count > 0)
            {
                builder.Paragraph(string.Join(" ", paragraph));
                paragraph.Clear();
            }
        }

        foreach (var line in text.Replace("\r\n", "\n").Split('\n'))
        {
            if (line.Contains('\t'))
            {
                FlushParagraph();
                rows.Add(line.Split('\t').Select(Cell).ToArray());
                continue;
            }

            if (line.Trim().Length == 0)
            {
                FlushParagraph();
                continue;
            }

            if (rows.Count > 0)
            {
                builder.Table(MergeEmptyCells(rows));
                rows = [];
            }

            var parts = line.Split("**");
            for (var i = 0; i < parts.Length; i++)
            {
                if (i > 0)
                {
                    FlushParagraph();
                }

                if (parts[i].Trim().Length > 0)
                {
                    paragraph.Add(parts[i].Trim());
                }
            }
        }

        FlushParagraph();
        if (rows.Count > 0)
        {
            builder.Table(MergeEmptyCells(rows));
        }

        return builder.Build();
    }

    /// <summary>
    /// An empty term or executors cell under a filled one is, in the Word original, the lower part
    /// of a merged cell: write it as a vMerge continuation, as Word does.
    /// </summary>
    private static List<DocxCell[]> MergeEmptyCells(List<DocxCell[]> rows)
    {
        foreach (var column in new[] { 3, 4 })
        {
            int? start = null;
            for (var r = 1; r < rows.Count; r++)
            {
                var row = rows[r];
                if (row.All(c => c.Paragraphs.All(p => p.All(char.IsDigit))) || column >= row.Length)
                {
                    continue;
                }

                if (row[column].Paragraphs.Length > 0)
                {
                    start = r;
                }
                else if (start is int s && row.Any(c => c.Paragraphs.Length > 0))
                {
                    rows[s][column] = rows[s][column] with { MergeStart = true };
                    row[column] = row[column] with { MergeContinue = true };
                }
            }
        }

        return rows;
    }

    private static DocxCell Cell(string raw) =>
        new(raw.Split(["<p>", "</p>"], StringSplitOptions.None).Select(p => p.Trim()).Where(p => p.Length > 0).ToArray());
}
