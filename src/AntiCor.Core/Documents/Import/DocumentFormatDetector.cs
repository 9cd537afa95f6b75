namespace AntiCor.Core.Documents.Import;

public enum SourceFormat
{
    PlainText,
    Docx,
    Html,
}

/// <summary>Tells the format of an uploaded order from its first bytes, and its name where the bytes do not say.</summary>
public static class DocumentFormatDetector
{
    private static readonly byte[] Zip = [0x50, 0x4B, 0x03, 0x04];
    private static readonly byte[] OleCompound = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];

    public static SourceFormat Detect(byte[] content, string fileName)
    {
        var extension = Path.GetExtension(fileName).ToLowerInvariant();
        if (content.AsSpan().StartsWith(OleCompound))
        {
            // Word keeps password-protected DOCX files (and old .doc files) in this container.
            throw new ImportException("Документ захищено паролем або збережено в старому форматі Word (.doc); збережіть його як DOCX без пароля.");
        }

        if (content.AsSpan().StartsWith(Zip))
        {
            return SourceFormat.Docx;
        }

        if (extension == ".docx")
        {
            throw new ImportException("Файл має розширення .docx, але не є документом Word (DOCX).");
        }

        return extension is ".html" or ".htm" || LooksLikeHtml(content) ? SourceFormat.Html : SourceFormat.PlainText;
    }

    private static bool LooksLikeHtml(byte[] content)
    {
        var head = System.Text.Encoding.ASCII.GetString(content, 0, Math.Min(content.Length, 1024)).TrimStart('\uFEFF', ' ', '\r', '\n', '\t', '?').ToLowerInvariant();
        return head.StartsWith("<!doctype html") || head.StartsWith("<html") || head.Contains("<table") && head.Contains("</");
    }
}
