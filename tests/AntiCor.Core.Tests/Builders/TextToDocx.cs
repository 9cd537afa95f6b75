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
                builder.Table(rows);
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
            builder.Table(rows);
        }

        return builder.Build();
    }

    private static DocxCell Cell(string raw) =>
        new(raw.Split(["<p>", "</p>"], StringSplitOptions.None).Select(p => p.Trim()).Where(p => p.Length > 0).ToArray());
}
