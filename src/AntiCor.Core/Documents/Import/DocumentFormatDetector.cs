using System.Text;

namespace AntiCor.Core.Documents.Import;

public enum SourceFormat
{
    PlainText,
    Docx,
    Html,
    Xlsx,
}

/// <summary>
/// Tells the format of an uploaded order from its content — a zip holding a Word document or an
/// Excel workbook, an OLE container, HTML or text — and its name only where the content does not
/// say: an .xlsx renamed .docx is still read as a workbook, and a DOCX is never taken for one.
/// </summary>
public static class DocumentFormatDetector
{
    private static readonly byte[] Zip = [0x50, 0x4B, 0x03, 0x04];
    private static readonly byte[] OleCompound = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];

    public static SourceFormat Detect(byte[] content, string fileName)
    {
        var extension = Path.GetExtension(fileName).ToLowerInvariant();
        if (content.AsSpan().StartsWith(OleCompound))
        {
            throw new ImportException(OleRefusal(content, extension));
        }

        if (content.AsSpan().StartsWith(Zip))
        {
            return OfficePackageGuard.MainPart(content) switch
            {
                OfficePackageGuard.WordPart => SourceFormat.Docx,
                OfficePackageGuard.WorkbookPart => SourceFormat.Xlsx,
                null => extension == ".xlsx" ? SourceFormat.Xlsx : SourceFormat.Docx,
                _ => throw new ImportException("Файл є архівом, але не документом Word (DOCX) чи книгою Excel (XLSX)."),
            };
        }

        if (extension == ".docx")
        {
            throw new ImportException("Файл має розширення .docx, але не є документом Word (DOCX).");
        }

        if (extension == ".xlsx")
        {
            throw new ImportException("Файл має розширення .xlsx, але не є книгою Excel (XLSX).");
        }

        return extension is ".html" or ".htm" || LooksLikeHtml(content) ? SourceFormat.Html : SourceFormat.PlainText;
    }

    /// <summary>
    /// Office keeps password-protected DOCX and XLSX files (an "EncryptedPackage" stream), and the
    /// old .doc and .xls formats, in this container: none of them can be read.
    /// </summary>
    private static string OleRefusal(byte[] content, string extension)
    {
        var spreadsheet = extension is ".xlsx" or ".xls" || Holds(content, "Workbook");
        if (Holds(content, "EncryptedPackage"))
        {
            return spreadsheet
                ? "Книгу Excel захищено паролем; збережіть її як XLSX без пароля."
                : "Документ захищено паролем; збережіть його як DOCX без пароля.";
        }

        return spreadsheet
            ? "Таблицю збережено в старому форматі Excel (.xls) або захищено паролем; збережіть її як XLSX без пароля."
            : "Документ захищено паролем або збережено в старому форматі Word (.doc); збережіть його як DOCX без пароля.";
    }

    /// <summary>Whether the container's directory names a stream: names are stored in UTF-16.</summary>
    private static bool Holds(byte[] content, string stream) =>
        content.AsSpan().IndexOf(Encoding.Unicode.GetBytes(stream)) >= 0;

    private static bool LooksLikeHtml(byte[] content)
    {
        var head = Encoding.ASCII.GetString(content, 0, Math.Min(content.Length, 1024)).TrimStart('\uFEFF', ' ', '\r', '\n', '\t', '?').ToLowerInvariant();
        return head.StartsWith("<!doctype html") || head.StartsWith("<html") || head.Contains("<table") && head.Contains("</");
    }
}
