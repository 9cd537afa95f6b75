using System.IO.Compression;

namespace AntiCor.Core.Documents.Import;

/// <summary>
/// Checks a DOCX container before the Open XML SDK unpacks it: a valid zip, and not one that
/// expands far beyond any real order (a zip bomb).
/// </summary>
internal static class DocxPackageGuard
{
    public const long MaxUncompressedBytes = 100L * 1024 * 1024;
    private const int MaxEntries = 2000;

    public static void Check(byte[] content)
    {
        try
        {
            using var zip = new ZipArchive(new MemoryStream(content, writable: false), ZipArchiveMode.Read);
            if (zip.Entries.Count > MaxEntries)
            {
                throw new ImportException("Документ DOCX містить підозріло багато частин; його не імпортовано.");
            }

            long total = 0;
            foreach (var entry in zip.Entries)
            {
                total += entry.Length;
                if (total > MaxUncompressedBytes)
                {
                    throw new ImportException($"Документ DOCX після розпакування перевищує {MaxUncompressedBytes / 1024 / 1024} МБ; його не імпортовано.");
                }
            }

            if (zip.GetEntry("word/document.xml") is null)
            {
                throw new ImportException("Файл є архівом, але не документом Word (DOCX).");
            }
        }
        catch (InvalidDataException)
        {
            throw new ImportException("Файл DOCX пошкоджено: архів не читається.");
        }
    }
}
