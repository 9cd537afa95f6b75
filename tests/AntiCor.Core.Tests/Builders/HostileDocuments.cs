using System.IO.Compression;
using System.Text;

namespace AntiCor.Core.Tests.Builders;

/// <summary>
/// Documents made to exhaust the server: a DOCX whose main part expands to many megabytes from a
/// few kilobytes of zip, or whose XML is dense with elements; text and HTML of many lines, tags
/// or characters. Written as a stream, so the test itself stays small in memory.
/// </summary>
internal static class HostileDocuments
{
    private const string ContentTypes = """
        <?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>
        """;

    private const string Relationships = """
        <?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>
        """;

    /// <summary>A DOCX whose body is <paramref name="element"/> written <paramref name="times"/> times.</summary>
    public static byte[] Docx(string element, int times)
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            Write(zip, "[Content_Types].xml", w => w.Write(ContentTypes));
            Write(zip, "_rels/.rels", w => w.Write(Relationships));
            Write(zip, "word/document.xml", w =>
            {
                w.Write("""<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>""");
                for (var i = 0; i < times; i++)
                {
                    w.Write(element);
                }

                w.Write("</w:body></w:document>");
            });
        }

        return buffer.ToArray();
    }

    /// <summary>The uncompressed size of the DOCX's main part, as its zip declares it.</summary>
    public static long DeclaredTextBytes(byte[] docx)
    {
        using var zip = new ZipArchive(new MemoryStream(docx), ZipArchiveMode.Read);
        return zip.GetEntry("word/document.xml")!.Length;
    }

    /// <summary>The UTF-8 bytes of <paramref name="prefix"/>, <paramref name="repeated"/> written <paramref name="times"/> times, and <paramref name="suffix"/>.</summary>
    public static byte[] Text(string prefix, string repeated, int times, string suffix = "")
    {
        var text = new StringBuilder(prefix, prefix.Length + (repeated.Length * times) + suffix.Length);
        text.Insert(text.Length, repeated, times).Append(suffix);
        return Encoding.UTF8.GetBytes(text.ToString());
    }

    private static void Write(ZipArchive zip, string name, Action<TextWriter> write)
    {
        using var writer = new StreamWriter(zip.CreateEntry(name, CompressionLevel.SmallestSize).Open(), new UTF8Encoding(false));
        write(writer);
    }
}
