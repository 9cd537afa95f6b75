using AntiCor.Core.Contracts;

namespace AntiCor.Core.Documents.Import;

/// <summary>
/// Turns an order approving a programme (plain text, DOCX or HTML) into the programme it means, in
/// the open-data contract form, with every doubt as a warning. Stores nothing.
/// </summary>
public static class ProgrammeImporter
{
    /// <summary>Documents larger than this are refused before they are read.</summary>
    public const long MaxBytes = 20 * 1024 * 1024;

    /// <summary>Refuses a document by its size alone, so callers can check before they read it into memory.</summary>
    /// <exception cref="ImportException">Larger than <see cref="MaxBytes"/>.</exception>
    public static void RefuseIfTooLarge(long bytes)
    {
        if (bytes > MaxBytes)
        {
            throw new ImportException($"Файл завеликий: {bytes / 1024 / 1024} МБ; найбільший допустимий розмір — {MaxBytes / 1024 / 1024} МБ.");
        }
    }

    /// <exception cref="ImportException">The document cannot be read as a programme.</exception>
    public static ProgrammeDocument Import(byte[] content, string fileName)
    {
        RefuseIfTooLarge(content.LongLength);

        if (content.Length == 0)
        {
            throw new ImportException("Файл порожній.");
        }

        var format = DocumentFormatDetector.Detect(content, fileName);
        if (format != SourceFormat.Docx)
        {
            ImportLimits.RefuseIfTextTooLarge(content, format);
        }

        var document = format switch
        {
            SourceFormat.Docx => DocxDocumentReader.Read(content),
            SourceFormat.Html => HtmlDocumentReader.Read(content),
            _ => PlainTextDocumentReader.Read(TextDecoder.Decode(content)),
        };
        ImportLimits.RefuseIfTooLarge(document);
        return ProgrammeInterpreter.Interpret(document);
    }
}
