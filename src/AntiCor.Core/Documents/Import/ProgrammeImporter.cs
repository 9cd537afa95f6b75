using System.Diagnostics;
using AntiCor.Core.Contracts;
using AntiCor.Core.Telemetry;

namespace AntiCor.Core.Documents.Import;

/// <summary>
/// Turns an order approving a programme (plain text, DOCX, HTML, or an XLSX annex) into the programme it means, in
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

    /// <param name="content">The file's bytes: plain text, DOCX, HTML or XLSX, told apart by their content.</param>
    /// <param name="fileName">Its name, consulted only where the content does not tell the format.</param>
    /// <param name="sheet">For a workbook, the sheet to read; null for the first that holds a table.</param>
    /// <exception cref="ImportException">The document cannot be read as a programme.</exception>
    public static ProgrammeDocument Import(byte[] content, string fileName, string? sheet = null) => Import(content, fileName, sheet, null);

    /// <summary>The same, with the coordinator's <paramref name="columns"/>: a meaning per header text (<see cref="ColumnPreset.KeyOf"/>) the rules do not know.</summary>
    public static ProgrammeDocument Import(byte[] content, string fileName, string? sheet, IReadOnlyDictionary<string, ColumnMeaning>? columns)
    {
        using var chosen = columns is { Count: > 0 } ? ColumnVocabulary.Choose(columns) : null;
        using var activity = AntiCorTelemetry.Source.StartActivity("anticor.import");
        var started = Stopwatch.GetTimestamp();
        var outcome = "refused";
        var format = "unknown";
        try
        {
            var document = Read(content, fileName, sheet, ref format);
            outcome = "ok";
            return document;
        }
        finally
        {
            activity?.SetTag("anticor.import.format", format);
            activity?.SetTag("anticor.import.outcome", outcome);
            AntiCorTelemetry.ImportDuration.Record(
                AntiCorTelemetry.MillisecondsSince(started),
                new KeyValuePair<string, object?>("format", format),
                new KeyValuePair<string, object?>("outcome", outcome));
        }
    }

    /// <summary>The names of a workbook's visible sheets that hold a table, in order; empty for any other document.</summary>
    public static IReadOnlyList<string> SheetsWithTable(byte[] content, string fileName) =>
        DocumentFormatDetector.Detect(content, fileName) == SourceFormat.Xlsx ? XlsxDocumentReader.SheetsWithTable(content) : [];

    private static ProgrammeDocument Read(byte[] content, string fileName, string? sheet, ref string formatName)
    {
        RefuseIfTooLarge(content.LongLength);

        if (content.Length == 0)
        {
            throw new ImportException("Файл порожній.");
        }

        var format = DocumentFormatDetector.Detect(content, fileName);
        formatName = format.ToString().ToLowerInvariant();
        if (format != SourceFormat.Docx)
        {
            ImportLimits.RefuseIfTextTooLarge(content, format);
        }

        var document = format switch
        {
            SourceFormat.Docx => DocxDocumentReader.Read(content),
            SourceFormat.Html => HtmlDocumentReader.Read(content),
            SourceFormat.Xlsx => XlsxDocumentReader.Read(content, sheet),
            _ => PlainTextDocumentReader.Read(TextDecoder.Decode(content)),
        };
        ImportLimits.RefuseIfTooLarge(document);
        return ProgrammeInterpreter.Interpret(document);
    }
}
