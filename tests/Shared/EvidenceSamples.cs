using System.IO.Compression;
using System.Text;

namespace AntiCor.Tests.Shared;

/// <summary>Small files of each evidence kind, built in memory, and disguised ones (a program named .pdf).</summary>
public static class EvidenceSamples
{
    public static byte[] Pdf(string text = "Акт виконання") =>
        Encoding.UTF8.GetBytes($"%PDF-1.4\n% {text}\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n");

    public static byte[] Png() => [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52];

    public static byte[] Jpeg() => [0xFF, 0xD8, 0xFF, 0xE0, 0, 16, 0x4A, 0x46, 0x49, 0x46, 0];

    /// <summary>A Windows program's first bytes: "MZ".</summary>
    public static byte[] Exe() => [0x4D, 0x5A, 0x90, 0, 3, 0, 0, 0, 4, 0, 0, 0, 0xFF, 0xFF];

    public static byte[] Docx() => Zip(("[Content_Types].xml", "<Types/>"), ("word/document.xml", "<w:document/>"));

    public static byte[] Xlsx() => Zip(("[Content_Types].xml", "<Types/>"), ("xl/workbook.xml", "<workbook/>"));

    public static byte[] Odt() => Zip(("mimetype", "application/vnd.oasis.opendocument.text"), ("content.xml", "<office:document-content/>"));

    /// <summary>A ZIP that is no office document.</summary>
    public static byte[] PlainZip() => Zip(("readme.txt", "hello"));

    /// <summary>A PDF padded to exactly <paramref name="size"/> bytes.</summary>
    public static byte[] PdfOfSize(long size)
    {
        var bytes = new byte[size];
        Pdf().CopyTo(bytes, 0);
        return bytes;
    }

    private static byte[] Zip(params (string Name, string Text)[] entries)
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, text) in entries)
            {
                var entry = zip.CreateEntry(name, name == "mimetype" ? CompressionLevel.NoCompression : CompressionLevel.Optimal);
                using var writer = new StreamWriter(entry.Open(), new UTF8Encoding(false));
                writer.Write(text);
            }
        }

        return buffer.ToArray();
    }
}
