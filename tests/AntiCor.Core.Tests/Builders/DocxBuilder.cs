using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace AntiCor.Core.Tests.Builders;

/// <summary>A cell of a test table: its paragraphs, and how it is merged with its neighbours.</summary>
internal sealed record DocxCell(string[] Paragraphs, int Span = 1, bool MergeStart = false, bool MergeContinue = false, bool Numbered = false)
{
    public static implicit operator DocxCell(string text) => new(text.Length == 0 ? [] : [text]);
}

/// <summary>
/// Builds DOCX files the way Word writes them, for importer tests: paragraphs, tables with
/// vMerge/gridSpan, repeated header rows, and paragraphs numbered by the numbering part.
/// </summary>
internal sealed class DocxBuilder
{
    private readonly List<OpenXmlElement> _body = [];
    private bool _hasNumbering;

    public DocxBuilder Paragraph(string text)
    {
        _body.Add(new Paragraph(new Run(new Text(text) { Space = SpaceProcessingModeValues.Preserve })));
        return this;
    }

    public DocxBuilder EmptyParagraph()
    {
        _body.Add(new Paragraph());
        return this;
    }

    public DocxBuilder Table(IEnumerable<DocxCell[]> rows, int headerRows = 0)
    {
        var table = new Table(new TableProperties(new TableBorders(new InsideHorizontalBorder { Val = BorderValues.Single })));
        var index = 0;
        foreach (var row in rows)
        {
            var tr = new TableRow();
            if (index++ < headerRows)
            {
                tr.Append(new TableRowProperties(new TableHeader()));
            }

            foreach (var cell in row)
            {
                var properties = new TableCellProperties();
                if (cell.Span > 1)
                {
                    properties.Append(new GridSpan { Val = cell.Span });
                }

                if (cell.MergeStart)
                {
                    properties.Append(new VerticalMerge { Val = MergedCellValues.Restart });
                }
                else if (cell.MergeContinue)
                {
                    properties.Append(new VerticalMerge());
                }

                var tc = new TableCell(properties);
                foreach (var text in cell.Paragraphs)
                {
                    var paragraph = new Paragraph(new Run(new Text(text) { Space = SpaceProcessingModeValues.Preserve }));
                    if (cell.Numbered)
                    {
                        paragraph.PrependChild(new ParagraphProperties(new NumberingProperties(new NumberingLevelReference { Val = 0 }, new NumberingId { Val = 1 })));
                        _hasNumbering = true;
                    }

                    tc.Append(paragraph);
                }

                if (cell.Paragraphs.Length == 0)
                {
                    tc.Append(new Paragraph());
                }

                tr.Append(tc);
            }

            table.Append(tr);
        }

        _body.Add(table);
        return this;
    }

    public byte[] Build()
    {
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            main.Document = new Document(new Body(_body.Select(e => e.CloneNode(true))));
            if (_hasNumbering)
            {
                var numbering = main.AddNewPart<NumberingDefinitionsPart>();
                numbering.Numbering = new Numbering(
                    new AbstractNum(new Level(new StartNumberingValue { Val = 1 }, new NumberingFormat { Val = NumberFormatValues.Decimal }, new LevelText { Val = "%1." }) { LevelIndex = 0 }) { AbstractNumberId = 0 },
                    new NumberingInstance(new AbstractNumId { Val = 0 }) { NumberID = 1 });
            }
        }

        return stream.ToArray();
    }
}
