using System.Text;
using AntiCor.Core.Documents.Import;
using AntiCor.Core.Tests.Builders;

namespace AntiCor.Core.Tests.Documents.Import;

/// <summary>Documents that declare or hold far more than any order are refused before they fill the server's memory.</summary>
public sealed class ImportLimitsTests
{
    /// <summary>What a refusal may allocate on the importing thread: the budget is for parsing, and a refusal parses nothing big.</summary>
    private const long RefusalAllocationBudget = 4 * 1024 * 1024;

    private const string Paragraph = "<w:p><w:r><w:t>Забезпечити оприлюднення інформації про виконання бюджету міста</w:t></w:r></w:p>";

    [Fact]
    public void A_small_docx_that_honestly_declares_95_MB_of_text_is_refused_with_little_memory()
    {
        var docx = HostileDocuments.Docx(Paragraph, 95 * 1024 * 1024 / Encoding.UTF8.GetByteCount(Paragraph));
        Assert.True(docx.Length < 1024 * 1024, $"the zip is {docx.Length} bytes");
        Assert.True(HostileDocuments.DeclaredTextBytes(docx) > 94L * 1024 * 1024);

        var (message, allocated) = Refuse(docx, "bomb.docx");

        Assert.Equal("Текст документа DOCX після розпакування перевищує 8 МБ — у багато разів більше, ніж будь-яке розпорядження; його не імпортовано.", message);
        Assert.InRange(allocated, 0, RefusalAllocationBudget);
    }

    [Fact]
    public void A_docx_whose_few_megabytes_are_dense_with_empty_elements_is_refused_before_its_dom_is_built()
    {
        var docx = HostileDocuments.Docx("<w:p/>", ImportLimits.MaxDocxTags + 1);

        var (message, allocated) = Refuse(docx, "dense.docx");

        Assert.Contains("понад 300\u00A0000 елементів розмітки", message);
        Assert.InRange(allocated, 0, RefusalAllocationBudget);
    }

    [Fact]
    public void A_docx_table_with_more_cells_than_the_limit_is_refused_before_it_is_interpreted()
    {
        // Mostly empty cells, the fewest tags per cell, so that the cell limit is met before the tag limit.
        var row = "<w:tr>" + string.Concat(Enumerable.Repeat("<w:tc/>", 4)) + "<w:tc><w:p><w:r><w:t>x</w:t></w:r></w:p></w:tc></w:tr>";
        var header = "<w:tr>" + string.Concat(new[] { "№", "Напрям", "Перелік заходів", "Термін", "Виконавці" }.Select(h => $"<w:tc><w:p><w:r><w:t>{h}</w:t></w:r></w:p></w:tc>")) + "</w:tr>";
        var docx = HostileDocuments.Docx("<w:tbl>" + header + string.Concat(Enumerable.Repeat(row, (ImportLimits.MaxCells / 5) + 1)) + "</w:tbl>", 1);

        Assert.Contains("понад 50\u00A0000 клітинок таблиці", Refuse(docx, "cells.docx").Message);
    }

    [Fact]
    public void An_html_page_dense_with_tags_is_refused_before_it_is_parsed()
    {
        var html = HostileDocuments.Text("<html><body><table>", "<tr><td>a</td><td>b</td><td>c</td></tr>", (ImportLimits.MaxHtmlTags / 8) + 1, "</table></body></html>");

        var (message, allocated) = Refuse(html, "dense.html");

        Assert.Contains("понад 100\u00A0000 тегів HTML", message);
        Assert.InRange(allocated, 0, 1024 * 1024);
    }

    [Fact]
    public void An_html_page_of_more_paragraphs_than_the_limit_is_refused_after_reading()
    {
        var html = HostileDocuments.Text(
            "<html><body><table><tr><td>Перелік заходів</td><td>Термін</td><td>Виконавці</td></tr><tr><td>Зробити</td><td>Постійно</td><td>Відділ</td></tr></table><p>",
            "рядок<br>", ImportLimits.MaxParagraphs + 1, "</p></body></html>");

        Assert.Contains("понад 50\u00A0000 абзаців", Refuse(html, "lines.html").Message);
    }

    [Fact]
    public void Plain_text_over_4_MB_is_refused_by_its_size()
    {
        var text = HostileDocuments.Text("", "Захід\tТермін\tВиконавці\n", (ImportLimits.MaxTextBytes / 25) + 1);

        Assert.StartsWith("Текстовий документ завеликий:", Refuse(text, "big.txt").Message);
        Assert.Contains("щонайбільше 4 МБ", Refuse(text, "big.txt").Message);
    }

    [Fact]
    public void Plain_text_of_more_lines_or_cells_than_the_limits_is_refused_before_it_is_split()
    {
        var lines = HostileDocuments.Text("", "а\n", ImportLimits.MaxParagraphs + 1);
        var cells = HostileDocuments.Text("", "\t", ImportLimits.MaxCells + 1);

        Assert.Contains("понад 50\u00A0000 рядків", Refuse(lines, "lines.txt").Message);
        Assert.Contains("понад 50\u00A0000 клітинок таблиці", Refuse(cells, "cells.txt").Message);
    }

    [Fact]
    public void A_document_of_more_characters_than_the_limit_is_refused_before_it_is_interpreted()
    {
        var seed = Encoding.UTF8.GetString(TestFiles.SeedBytes());
        var text = Encoding.UTF8.GetBytes(new string('x', ImportLimits.MaxCharacters) + "\n\n" + seed);

        Assert.Contains("понад 2\u00A0000\u00A0000 символів тексту", Refuse(text, "long.txt").Message);
    }

    /// <summary>The refusal's message and the bytes the importing thread allocated to reach it.</summary>
    private static (string Message, long Allocated) Refuse(byte[] content, string fileName)
    {
        var before = GC.GetAllocatedBytesForCurrentThread();
        var refusal = Assert.Throws<ImportException>(() => ProgrammeImporter.Import(content, fileName));
        return (refusal.Message, GC.GetAllocatedBytesForCurrentThread() - before);
    }
}
