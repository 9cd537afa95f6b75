using AntiCor.Core.Contracts;

namespace AntiCor.Core.Documents.Import;

/// <summary>
/// Turns an order approving a programme (plain text for now) into the programme it means, in
/// the open-data contract form, with every doubt as a warning. Stores nothing.
/// </summary>
public static class ProgrammeImporter
{
    /// <summary>Documents larger than this are refused before they are read.</summary>
    public const long MaxBytes = 20 * 1024 * 1024;

    /// <exception cref="ImportException">The document cannot be read as a programme.</exception>
    public static ProgrammeDocument Import(byte[] content, string fileName)
    {
        if (content.LongLength > MaxBytes)
        {
            throw new ImportException($"Файл завеликий: {content.LongLength / 1024 / 1024} МБ; найбільший допустимий розмір — {MaxBytes / 1024 / 1024} МБ.");
        }

        var text = TextDecoder.Decode(content);
        var document = PlainTextDocumentReader.Read(text);
        return ProgrammeInterpreter.Interpret(document);
    }
}
