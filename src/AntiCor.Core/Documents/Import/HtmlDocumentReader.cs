using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;

namespace AntiCor.Core.Documents.Import;

/// <summary>
/// Reads an order published as an HTML page: the text around the annex table, and the table with
/// rowspan/colspan, &lt;p&gt; and &lt;br&gt; inside cells, in whatever charset the page declares.
/// Only text is taken: scripts are never run and no markup is kept. Line numbers are the page's.
/// </summary>
public static class HtmlDocumentReader
{
    private static readonly HashSet<string> Blocks =
    [
        "P", "DIV", "LI", "H1", "H2", "H3", "H4", "H5", "H6", "TR", "TABLE", "BLOCKQUOTE", "SECTION", "ARTICLE", "HEADER", "FOOTER", "PRE", "UL", "OL", "TD", "TH",
    ];

    static HtmlDocumentReader() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static SourceDocument Read(byte[] content)
    {
        var parser = new HtmlParser(new HtmlParserOptions { IsKeepingSourceReferences = true });
        using var document = parser.ParseDocument(new MemoryStream(content, writable: false));
        foreach (var inert in document.QuerySelectorAll("script, style, noscript, template, iframe, object").ToList())
        {
            inert.Remove();
        }

        var tables = document.QuerySelectorAll("table").OfType<IHtmlTableElement>().ToList();
        var annex = tables.FirstOrDefault(t => Width(t) >= 3)
            ?? throw new ImportException(tables.Count > 0
                ? "Таблиця має менше трьох стовпців; очікується таблиця заходів зі стовпцями «захід», «термін», «виконавці»."
                : "У документі не знайдено таблиці заходів.");

        var before = new List<SourceParagraph>();
        var after = new List<SourceParagraph>();
        var seenTable = false;
        var collector = new ParagraphCollector();
        collector.Collect(document.Body ?? (INode)document.DocumentElement, annex, onTable: () =>
        {
            before.AddRange(collector.Take());
            seenTable = true;
        });
        (seenTable ? after : before).AddRange(collector.Take());

        var warnings = new List<ImportWarning>();
        return new SourceDocument(before, TableAssembler.Assemble(Rows(annex), warnings), after, warnings);
    }

    private static int Width(IHtmlTableElement table) =>
        table.Rows.Select(r => r.Cells.Sum(c => Math.Max(1, c.ColumnSpan))).DefaultIfEmpty(0).Max();

    /// <summary>The table as a grid: a cell spanning rows or columns leaves empty cells where it spans.</summary>
    private static List<RawRow> Rows(IHtmlTableElement table)
    {
        var rows = new List<RawRow>();
        var spanning = new Dictionary<int, int>();
        foreach (var tr in table.Rows)
        {
            var cells = new List<SourceCell>();
            var column = 0;

            void FillSpanned()
            {
                while (spanning.TryGetValue(column, out var left) && left > 0)
                {
                    cells.Add(SourceCell.Covered);
                    spanning[column] = left - 1;
                    column++;
                }
            }

            foreach (var td in tr.Cells)
            {
                FillSpanned();
                var paragraphs = CellParagraphs(td);
                var colspan = Math.Max(1, td.ColumnSpan);
                var rowspan = Math.Max(1, td.RowSpan);
                for (var k = 0; k < colspan; k++)
                {
                    cells.Add(k == 0 && paragraphs.Count > 0 ? new SourceCell(paragraphs, CellMerge.None) : SourceCell.Blank);
                    if (rowspan > 1)
                    {
                        spanning[column] = rowspan - 1;
                    }

                    column++;
                }
            }

            FillSpanned();
            rows.Add(new RawRow(tr.SourceReference?.Position.Line ?? rows.Count + 1, cells));
        }

        return rows;
    }

    private static List<string> CellParagraphs(IElement cell)
    {
        var collector = new ParagraphCollector();
        collector.Collect(cell, null, onTable: null);
        return collector.Take().Select(p => p.Text).ToList();
    }

    /// <summary>Walks the page in order and cuts its text into paragraphs at block elements and &lt;br&gt;.</summary>
    private sealed class ParagraphCollector
    {
        private readonly List<SourceParagraph> _paragraphs = [];
        private readonly StringBuilder _current = new();
        private int _line;

        public void Collect(INode node, IElement? skip, Action? onTable)
        {
            foreach (var child in node.ChildNodes)
            {
                if (child is IText text)
                {
                    if (_current.Length == 0)
                    {
                        _line = (child.ParentElement?.SourceReference?.Position.Line) ?? _line;
                    }

                    _current.Append(text.Data);
                }
                else if (child is IElement element)
                {
                    if (element == skip)
                    {
                        Flush();
                        onTable?.Invoke();
                        continue;
                    }

                    if (element.TagName == "BR")
                    {
                        Flush();
                        continue;
                    }

                    var block = Blocks.Contains(element.TagName);
                    if (block)
                    {
                        Flush();
                    }

                    Collect(element, skip, onTable);
                    if (block)
                    {
                        Flush();
                    }
                }
            }
        }

        public List<SourceParagraph> Take()
        {
            Flush();
            var taken = _paragraphs.ToList();
            _paragraphs.Clear();
            return taken;
        }

        private void Flush()
        {
            var text = CellText.Normalize(_current.ToString());
            if (text.Length > 0)
            {
                _paragraphs.Add(new SourceParagraph(text, _line));
            }

            _current.Clear();
        }
    }
}
