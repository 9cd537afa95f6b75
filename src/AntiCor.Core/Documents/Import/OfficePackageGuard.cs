using System.IO.Compression;

namespace AntiCor.Core.Documents.Import;

/// <summary>
/// Checks a DOCX or XLSX container before the Open XML SDK unpacks it: a valid zip holding the
/// part that format needs, and not one that expands far beyond any real order (a zip bomb).
/// </summary>
internal static class OfficePackageGuard
{
    public const long MaxUncompressedBytes = 100L * 1024 * 1024;
    private const int MaxEntries = 2000;

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
        }
        catch (InvalidDataException)
        {
            throw new ImportException($"{file} пошкоджено: архів не читається.");
        }
    }
}
