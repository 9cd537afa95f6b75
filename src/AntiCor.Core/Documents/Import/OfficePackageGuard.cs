using System.Buffers;
using System.IO.Compression;
using DocumentFormat.OpenXml.Packaging;

namespace AntiCor.Core.Documents.Import;

/// <summary>
/// Checks a DOCX or XLSX container before the Open XML SDK unpacks it: a valid zip holding the
/// part that format needs, not one that expands far beyond any real order (a zip bomb), and
/// parts whose parsed form fits the import's memory budget (<see cref="ImportLimits"/>). Sizes are
/// counted while decompressing, never taken from the zip's own headers alone, because those can lie.
/// </summary>
internal static class OfficePackageGuard
{
    public const long MaxUncompressedBytes = 100L * 1024 * 1024;
    private const int MaxEntries = 2000;

    // [Content_Types].xml and the relationship parts, which the package reads when it opens.
    private const long MaxStructureBytes = 1024 * 1024;
    private const int BufferSize = 64 * 1024;

    public const string WordPart = "word/document.xml";
    public const string WorkbookPart = "xl/workbook.xml";

    public static void CheckDocx(byte[] content) => Check(content, WordPart, ("Документ DOCX", "його"), "Файл DOCX", "документом Word (DOCX)");

    public static void CheckXlsx(byte[] content) => Check(content, WorkbookPart, ("Книга XLSX", "її"), "Файл XLSX", "книгою Excel (XLSX)");

    /// <summary>Which of the two formats the archive holds, by its parts; null where it cannot be read as an archive.</summary>
    public static string? MainPart(byte[] content)
    {
        try
        {
            using var zip = new ZipArchive(new MemoryStream(content, writable: false), ZipArchiveMode.Read);
            return zip.GetEntry(WordPart) is not null ? WordPart
                : zip.GetEntry(WorkbookPart) is not null ? WorkbookPart
                : "";
        }
        catch (InvalidDataException)
        {
            return null;
        }
    }

    private static void Check(byte[] content, string requiredPart, (string Name, string It) package, string file, string what)
    {
        try
        {
            using var zip = new ZipArchive(new MemoryStream(content, writable: false), ZipArchiveMode.Read);
            if (zip.Entries.Count > MaxEntries)
            {
                throw new ImportException($"{package.Name} містить підозріло багато частин; {package.It} не імпортовано.");
            }

            long total = 0;
            foreach (var entry in zip.Entries)
            {
                total += entry.Length;
                if (total > MaxUncompressedBytes)
                {
                    throw new ImportException($"{package.Name} після розпакування перевищує {MaxUncompressedBytes / 1024 / 1024} МБ; {package.It} не імпортовано.");
                }
            }

            if (zip.GetEntry(requiredPart) is null)
            {
                throw new ImportException($"Файл є архівом, але не {what}.");
            }

            var structure = zip.Entries.Where(e => e.FullName == "[Content_Types].xml" || e.FullName.EndsWith(".rels", StringComparison.OrdinalIgnoreCase));
            long structureBytes = 0;
            foreach (var entry in structure)
            {
                using var stream = entry.Open();
                structureBytes += Measure(stream, MaxStructureBytes - structureBytes, $"Службові частини файлу ({package.Name}) після розпакування завеликі; {package.It} не імпортовано.").Bytes;
            }
        }
        catch (InvalidDataException)
        {
            throw new ImportException($"{file} пошкоджено: архів не читається.");
        }
    }

    /// <summary>
    /// The parts the reader will parse into a DOM, decompressed once through a small buffer: their
    /// size and their tags must fit <see cref="ImportLimits"/> before any DOM is built.
    /// </summary>
    public static void CheckTextParts(params OpenXmlPart?[] parts)
    {
        long bytes = 0, tags = 0;
        foreach (var part in parts.OfType<OpenXmlPart>())
        {
            using var stream = part.GetStream(FileMode.Open, FileAccess.Read);
            var measured = Measure(stream, ImportLimits.MaxDocxTextPartBytes - bytes, TextPartsTooLarge);
            bytes += measured.Bytes;
            tags += measured.Tags;
        }

        ImportLimits.RefuseIfTooManyDocxTags(tags);
    }

    private static string TextPartsTooLarge =>
        $"Текст документа DOCX після розпакування перевищує {ImportLimits.Megabytes(ImportLimits.MaxDocxTextPartBytes)} МБ — у багато разів більше, ніж будь-яке розпорядження; його не імпортовано.";

    /// <summary>Reads the stream to its end counting bytes and '&lt;', refusing with <paramref name="refusal"/> as soon as more than <paramref name="allowed"/> bytes came out.</summary>
    private static (long Bytes, long Tags) Measure(Stream stream, long allowed, string refusal)
    {
        var buffer = ArrayPool<byte>.Shared.Rent(BufferSize);
        try
        {
            long bytes = 0, tags = 0;
            int read;
            while ((read = stream.Read(buffer, 0, BufferSize)) > 0)
            {
                bytes += read;
                if (bytes > allowed)
                {
                    throw new ImportException(refusal);
                }

                tags += buffer.AsSpan(0, read).Count((byte)'<');
            }

            return (bytes, tags);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }
}
