using System.Globalization;

namespace AntiCor.Core.Documents.Import;

/// <summary>
/// What one import may expand to, so that any document that is accepted stays within a fixed
/// working memory (about 64 MB) whatever it declares. A parsed document takes several times its
/// size: measured, the Open XML DOM about 7.5 times its XML and some 200 bytes per element,
/// AngleSharp about 15 times the HTML and some 300 bytes per tag. So the markup is counted before
/// it is parsed, and what the readers produced is counted before it is interpreted. Every limit
/// is tens of times what the largest real order needs (a city programme: ~10,000 characters,
/// ~50 rows); every refusal is one Ukrainian line.
/// </summary>
public static class ImportLimits
{
    /// <summary>Plain text and HTML are decoded and parsed whole; DOCX is compressed and may carry images, so it has its own limits.</summary>
    public const int MaxTextBytes = 4 * 1024 * 1024;

    /// <summary>The parts of a DOCX that are parsed (main document, numbering), uncompressed.</summary>
    public const long MaxDocxTextPartBytes = 8 * 1024 * 1024;

    /// <summary>Tags ('&lt;') in the parsed parts of a DOCX: each element costs the DOM some 200 bytes.</summary>
    public const int MaxDocxTags = 300_000;

    /// <summary>Tags ('&lt;') in an HTML page: each costs AngleSharp some 300 bytes.</summary>
    public const int MaxHtmlTags = 100_000;

    /// <summary>Lines of a plain-text document, paragraphs of any document (running text and cell paragraphs).</summary>
    public const int MaxParagraphs = 50_000;

    public const int MaxCells = 50_000;

    public const int MaxCharacters = 2_000_000;

    // Ukrainian typography, fixed here rather than taken from the machine's ICU data: thousands
    // apart by a no-break space, a decimal comma.
    private static readonly NumberFormatInfo Ukrainian = new() { NumberGroupSeparator = "\u00A0", NumberDecimalSeparator = "," };

    /// <summary>Before a plain-text or HTML document is decoded: its size, and how many lines, cells or tags it can hold.</summary>
    /// <exception cref="ImportException">Over a limit.</exception>
    public static void RefuseIfTextTooLarge(ReadOnlySpan<byte> content, SourceFormat format)
    {
        if (content.Length > MaxTextBytes)
        {
            throw new ImportException($"Текстовий документ завеликий: {Megabytes(content.Length)} МБ; документ TXT або HTML може мати щонайбільше {Megabytes(MaxTextBytes)} МБ.");
        }

        if (format == SourceFormat.Html)
        {
            RefuseIfOver(content.Count((byte)'<'), MaxHtmlTags, "тегів HTML");
            return;
        }

        RefuseIfOver(content.Count((byte)'\n'), MaxParagraphs, "рядків");
        RefuseIfOver(content.Count((byte)'\t'), MaxCells, "клітинок таблиці");
    }

    /// <summary>After reading, before interpreting: paragraphs, cells and characters of what the reader produced.</summary>
    /// <exception cref="ImportException">Over a limit.</exception>
    public static void RefuseIfTooLarge(SourceDocument document)
    {
        var running = document.Before.Concat(document.After).ToList();
        var cells = document.Table.Rows.SelectMany(r => r.Cells).ToList();
        RefuseIfOver(cells.Count, MaxCells, "клітинок таблиці");
        RefuseIfOver(running.Count + cells.Sum(c => (long)c.Paragraphs.Count), MaxParagraphs, "абзаців");
        var characters = running.Sum(p => (long)p.Text.Length) + cells.Sum(c => c.Paragraphs.Sum(p => (long)p.Length));
        RefuseIfOver(characters, MaxCharacters, "символів тексту");
    }

    /// <summary>The refusal when a table read by any reader has more cells than <see cref="MaxCells"/>.</summary>
    public static void RefuseIfTooManyCells(long cells) => RefuseIfOver(cells, MaxCells, "клітинок таблиці");

    /// <summary>The refusal when the parsed parts of a DOCX hold more tags than <see cref="MaxDocxTags"/>.</summary>
    public static void RefuseIfTooManyDocxTags(long tags) => RefuseIfOver(tags, MaxDocxTags, "елементів розмітки");

    public static string Megabytes(long bytes) => (bytes / (1024.0 * 1024.0)).ToString("0.#", Ukrainian);

    private static void RefuseIfOver(long count, long limit, string what)
    {
        if (count > limit)
        {
            throw new ImportException($"Документ містить понад {limit.ToString("N0", Ukrainian)} {what} — у багато разів більше, ніж будь-яке розпорядження; його не імпортовано.");
        }
    }
}
