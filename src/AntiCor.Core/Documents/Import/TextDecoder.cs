using System.Text;

namespace AntiCor.Core.Documents.Import;

/// <summary>
/// Reads the bytes of a plain-text order into text without being told its encoding: UTF-8
/// (with or without BOM), UTF-16 with BOM, or Windows-1251, the usual encoding of older
/// Ukrainian office files. Line ends are unified to LF.
/// </summary>
public static class TextDecoder
{
    static TextDecoder() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static string Decode(byte[] content)
    {
        if (content.Length == 0)
        {
            throw new ImportException("Файл порожній.");
        }

        var text = DecodeWithBom(content) ?? DecodeWithoutBom(content);
        if (string.IsNullOrWhiteSpace(text))
        {
            throw new ImportException("Файл порожній: у ньому немає тексту.");
        }

        return text.Replace("\r\n", "\n").Replace('\r', '\n');
    }

    private static string? DecodeWithBom(byte[] b)
    {
        if (b.Length >= 3 && b[0] == 0xEF && b[1] == 0xBB && b[2] == 0xBF)
        {
            return Strict(new UTF8Encoding(false, true), b.AsSpan(3));
        }

        if (b.Length >= 2 && b[0] == 0xFF && b[1] == 0xFE)
        {
            return Strict(new UnicodeEncoding(false, false, true), b.AsSpan(2));
        }

        if (b.Length >= 2 && b[0] == 0xFE && b[1] == 0xFF)
        {
            return Strict(new UnicodeEncoding(true, false, true), b.AsSpan(2));
        }

        return null;
    }

    private static string DecodeWithoutBom(byte[] b)
    {
        if (LooksBinary(b))
        {
            throw new ImportException("Файл не є текстовим документом (схоже на двійковий файл); очікується текст, DOCX або HTML.");
        }

        try
        {
            return new UTF8Encoding(false, true).GetString(b);
        }
        catch (DecoderFallbackException)
        {
            // Not valid UTF-8: the remaining single-byte encoding in use for Ukrainian text.
            return Encoding.GetEncoding(1251).GetString(b);
        }
    }

    private static string Strict(Encoding encoding, ReadOnlySpan<byte> bytes)
    {
        try
        {
            return encoding.GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            throw new ImportException("Текст файлу пошкоджено: він не відповідає своєму кодуванню.");
        }
    }

    /// <summary>Text never holds NUL, and holds few control characters besides tab and line ends.</summary>
    private static bool LooksBinary(byte[] b)
    {
        var sample = b.AsSpan(0, Math.Min(b.Length, 64 * 1024));
        var control = 0;
        foreach (var x in sample)
        {
            if (x == 0)
            {
                return true;
            }

            if (x < 0x20 && x is not (0x09 or 0x0A or 0x0D or 0x0C))
            {
                control++;
            }
        }

        return control > sample.Length / 100;
    }
}
