using System.IO.Compression;
using System.Text;

namespace AntiCor.Core.Reporting;

/// <summary>A kind of evidence file that reports accept, as its content shows it.</summary>
public sealed record EvidenceFileKind(string Name, string MediaType, string Extension);

/// <summary>
/// Tells an evidence file's type by its bytes, never by its name: a program renamed to .pdf is
/// refused. PDF, PNG and JPEG by their signatures; DOCX and XLSX as Office Open XML packages (a ZIP
/// with [Content_Types].xml and a word/ or xl/ part); ODT as an OpenDocument ZIP whose first entry,
/// "mimetype", names the text document type.
/// </summary>
public static class EvidenceFileType
{
    /// <summary>The largest file a report takes: 10 MB.</summary>
    public const long MaxBytes = 10L * 1024 * 1024;

    public static readonly EvidenceFileKind Pdf = new("PDF", "application/pdf", ".pdf");
    public static readonly EvidenceFileKind Png = new("PNG", "image/png", ".png");
    public static readonly EvidenceFileKind Jpeg = new("JPEG", "image/jpeg", ".jpg");
    public static readonly EvidenceFileKind Docx = new("DOCX", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", ".docx");
    public static readonly EvidenceFileKind Xlsx = new("XLSX", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", ".xlsx");
    public static readonly EvidenceFileKind Odt = new("ODT", "application/vnd.oasis.opendocument.text", ".odt");

    public const string Refused = "Цей файл не є документом PDF, DOCX, XLSX, ODT або зображенням JPEG чи PNG (тип перевіряється за вмістом, а не за назвою). Файл не збережено.";

    public static string TooLarge(long size) =>
        $"Файл завеликий ({size / (1024.0 * 1024.0):0.0} МБ): найбільший розмір доказу — {MaxBytes / (1024 * 1024)} МБ. Файл не збережено.";

    private static readonly byte[] PngSignature = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];
    private static readonly byte[] ZipSignature = [0x50, 0x4B, 0x03, 0x04];

    /// <summary>The file's kind, or null when its content is none of the accepted ones.</summary>
    public static EvidenceFileKind? Detect(byte[] content)
    {
        var span = content.AsSpan();
        if (span.StartsWith("%PDF-"u8))
        {
            return Pdf;
        }

        if (span.StartsWith(PngSignature))
        {
            return Png;
        }

        if (span.StartsWith((byte[])[0xFF, 0xD8, 0xFF]))
        {
            return Jpeg;
        }

        return span.StartsWith(ZipSignature) ? DetectPackage(content) : null;
    }

    private static EvidenceFileKind? DetectPackage(byte[] content)
    {
        try
        {
            using var zip = new ZipArchive(new MemoryStream(content, writable: false), ZipArchiveMode.Read);
            var names = zip.Entries.Select(e => e.FullName).ToList();
            if (names.Contains("[Content_Types].xml"))
            {
                if (names.Any(n => n.StartsWith("word/", StringComparison.Ordinal)))
                {
                    return Docx;
                }

                if (names.Any(n => n.StartsWith("xl/", StringComparison.Ordinal)))
                {
                    return Xlsx;
                }
            }

            return IsOpenDocumentText(zip) ? Odt : null;
        }
        catch (InvalidDataException)
        {
            return null;
        }
    }

    // OpenDocument puts an uncompressed "mimetype" entry first, holding exactly the media type.
    private static bool IsOpenDocumentText(ZipArchive zip)
    {
        var first = zip.Entries.FirstOrDefault();
        if (first is not { FullName: "mimetype" } || first.Length > 100)
        {
            return false;
        }

        using var reader = new StreamReader(first.Open(), Encoding.ASCII);
        return reader.ReadToEnd() == Odt.MediaType;
    }
}
