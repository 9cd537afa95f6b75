using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace AntiCor.Core.Documents.Import;

/// <summary>
/// Reads an order saved as DOCX: the paragraphs around the annex table, and the table itself with
/// merged cells (vMerge, gridSpan), several paragraphs per cell and Word's automatic numbering.
/// A table that Word shows split over pages is one table; one the author split by hand is joined.
/// Row numbers in warnings are the rows of the table; paragraph numbers count the body's blocks.
/// </summary>
public static class DocxDocumentReader
{
    public static SourceDocument Read(byte[] content)
    {
        OfficePackageGuard.CheckDocx(content);
        try
        {
            // The part limit is a second line behind the guard: it also holds for parts the SDK parses on its own.
            var settings = new OpenSettings { MaxCharactersInPart = ImportLimits.MaxDocxTextPartBytes };
            using var document = WordprocessingDocument.Open(new MemoryStream(content, writable: false), false, settings);
            var main = document.MainDocumentPart ?? throw new ImportException("У документі DOCX немає основної частини з текстом.");
            OfficePackageGuard.CheckTextParts(main, main.NumberingDefinitionsPart);
            var body = main.Document?.Body ?? throw new ImportException("Документ DOCX порожній.");
            return ReadBody(body, new DocxNumbering(main.NumberingDefinitionsPart?.Numbering));
        }
        catch (Exception e) when (BrokenPackage.Is(e))
        {
            throw new ImportException("Файл DOCX пошкоджено або він не є документом Word.");
        }
    }

    private static SourceDocument ReadBody(Body body, DocxNumbering numbering)
    {
        var before = new List<SourceParagraph>();
        var after = new List<SourceParagraph>();
        var rows = new List<RawRow>();
        int? columns = null;
        var block = 0;
        var textSinceTable = false;
        foreach (var element in body.ChildElements)
        {
            block++;
            if (element is Paragraph paragraph)
            {
                var text = ParagraphText(paragraph, numbering);
                if (text.Length > 0)
                {
                    (columns is null ? before : after).Add(new SourceParagraph(text, block));
                    textSinceTable |= columns is not null;
                }
            }
            else if (element is Table table)
            {
                var width = table.Elements<TableRow>().Select(Width).DefaultIfEmpty(0).Max();
                if (columns is null && width >= 3)
                {
                    columns = width;
                    ReadRows(table, numbering, rows);
                }
                else if (columns == width && !textSinceTable)
                {
                    // The author continued the table on the next page as a new table: a page break.
                    rows.Add(new RawRow(rows.Count + 1, Enumerable.Range(1, width).Select(n => new SourceCell([n.ToString()])).ToList()));
                    ReadRows(table, numbering, rows);
                }
            }
        }

        if (columns is null)
        {
            var anyTable = body.Elements<Table>().Any();
            throw new ImportException(anyTable
                ? "Таблиця має менше трьох стовпців; очікується таблиця заходів зі стовпцями «захід», «термін», «виконавці»."
                : "У документі не знайдено таблиці заходів.");
        }

        var warnings = new List<ImportWarning>();
        return new SourceDocument(before, TableAssembler.Assemble(rows, warnings), after, warnings);
    }

    private static int Width(TableRow row) =>
        row.Elements<TableCell>().Sum(c => OpenXmlNumbers.Int(c.TableCellProperties?.GridSpan?.Val) ?? 1)
        + (OpenXmlNumbers.Int(row.TableRowProperties?.GetFirstChild<GridBefore>()?.Val) ?? 0);

    private static void ReadRows(Table table, DocxNumbering numbering, List<RawRow> rows)
    {
        foreach (var row in table.Elements<TableRow>())
        {
            var cells = new List<SourceCell>();
            var gridBefore = OpenXmlNumbers.Int(row.TableRowProperties?.GetFirstChild<GridBefore>()?.Val) ?? 0;
            cells.AddRange(Enumerable.Repeat(SourceCell.Blank, gridBefore));
            foreach (var cell in row.Elements<TableCell>())
            {
                var properties = cell.TableCellProperties;
                var merge = properties?.VerticalMerge;
                // A continuation of a vertically merged cell takes the value above; a cell that is
                // simply empty stays empty (Word tells the two apart, plain text cannot).
                var continues = merge is not null && (merge.Val?.InnerText is null or "" or "continue");
                var paragraphs = continues
                    ? []
                    : cell.Elements<Paragraph>().Select(p => ParagraphText(p, numbering)).Where(t => t.Length > 0).ToList();
                cells.Add(continues ? SourceCell.Covered : paragraphs.Count == 0 ? SourceCell.Blank : new SourceCell(paragraphs, CellMerge.None));
                var span = OpenXmlNumbers.Int(properties?.GridSpan?.Val) ?? 1;
                cells.AddRange(Enumerable.Repeat(SourceCell.Blank, Math.Max(0, span - 1)));
            }

            rows.Add(new RawRow(rows.Count + 1, cells));
        }
    }

    /// <summary>The visible text of a paragraph, with its automatic number; deleted text and field codes left out.</summary>
    private static string ParagraphText(Paragraph paragraph, DocxNumbering numbering)
    {
        var text = new StringBuilder();
        foreach (var element in paragraph.Descendants())
        {
            switch (element)
            {
                case Text t:
                    text.Append(t.Text);
                    break;
                case TabChar or Break or CarriageReturn:
                    text.Append(' ');
                    break;
            }
        }

        var clean = CellText.Normalize(text.ToString());
        if (clean.Length == 0)
        {
            return "";
        }

        var label = numbering.LabelOf(paragraph);
        return label.Length > 0 ? label + " " + clean : clean;
    }
}
