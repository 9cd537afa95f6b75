using System.Text;
using AntiCor.Core.Contracts;

namespace AntiCor.Core.Documents.Export;

public enum ExportFormat
{
    Docx,
    Xlsx,
    Csv,
    Json,
}

/// <summary>
/// The one entry point for exports of a programme in the contract form, whether it was just
/// imported (a dry run) or loaded from the database: the file, its content type, its extension
/// and a download name that is safe everywhere.
/// </summary>
public static class ProgrammeExport
{
    public static readonly IReadOnlyList<ExportFormat> Formats = Enum.GetValues<ExportFormat>();

    public static void Write(ProgrammeDocument document, ExportFormat format, Stream output)
    {
        switch (format)
        {
            case ExportFormat.Docx:
                ProgrammeDocxWriter.Write(document, output);
                break;
            case ExportFormat.Xlsx:
                ProgrammeXlsxWriter.Write(document, output);
                break;
            case ExportFormat.Csv:
                ProgrammeCsvWriter.Write(document, output);
                break;
            case ExportFormat.Json:
                output.Write(new UTF8Encoding(encoderShouldEmitUTF8Identifier: false).GetBytes(ContractJson.Serialize(document)));
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(format), format, null);
        }
    }

    public static byte[] ToBytes(ProgrammeDocument document, ExportFormat format)
    {
        using var buffer = new MemoryStream();
        Write(document, format, buffer);
        return buffer.ToArray();
    }

    public static string ContentType(ExportFormat format) => format switch
    {
        ExportFormat.Docx => "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        ExportFormat.Xlsx => "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        ExportFormat.Csv => "text/csv; charset=utf-8",
        _ => "application/json; charset=utf-8",
    };

    /// <summary>".docx", ".xlsx", ".csv", ".json".</summary>
    public static string Extension(ExportFormat format) => "." + Name(format);

    /// <summary>"docx", "xlsx", "csv", "json": the format as the command line and URLs spell it.</summary>
    public static string Name(ExportFormat format) => format.ToString().ToLowerInvariant();

    public static bool TryParse(string? text, out ExportFormat format)
    {
        var name = text?.Trim().TrimStart('.').ToLowerInvariant();
        format = Formats.FirstOrDefault(f => Name(f) == name);
        return Formats.Any(f => Name(f) == name);
    }

    /// <summary>"programme-2019-98": year and number of the act, in ASCII letters, digits and dashes only.</summary>
    public static string BaseFileName(ProgrammeDocument document)
    {
        var act = document.Programme.LegalBasis;
        var number = Transliteration.Slug(act.Number);
        var name = number.Length > 0 ? $"programme-{act.Date.Year}-{number}" : $"programme-{act.Date:yyyy-MM-dd}";
        return name.Length <= 64 ? name : name[..64].TrimEnd('-');
    }

    public static string FileName(ProgrammeDocument document, ExportFormat format) => BaseFileName(document) + Extension(format);
}
