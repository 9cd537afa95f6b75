using System.Globalization;
using System.Text;
using AntiCor.Core.Contracts;

namespace AntiCor.Core.Documents.Export;

/// <summary>
/// Writes one row per measure as RFC 4180 CSV: UTF-8 with a byte-order mark (so Excel opens the
/// Cyrillic), CRLF line ends, a field quoted when it holds a comma, quote, CR or LF, quotes
/// doubled; the columns of the spreadsheet's measures sheet, dates as yyyy-MM-dd. A field that a
/// spreadsheet would run as a formula gets a leading apostrophe (<see cref="SpreadsheetFormula"/>),
/// the rest of its text kept exactly. Hand-written: the format is small and this keeps the output
/// byte for byte under our control.
/// </summary>
public static class ProgrammeCsvWriter
{
    private const string LineEnd = "\r\n";

    public static void Write(ProgrammeDocument document, Stream output)
    {
        output.Write(Encoding.UTF8.GetPreamble());
        using var writer = new StreamWriter(output, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), leaveOpen: true);
        WriteRecord(writer, MeasureTable.Headers);
        foreach (var m in MeasureTable.Rows(document))
        {
            WriteRecord(writer,
            [
                m.DirectionNumber.ToString(CultureInfo.InvariantCulture),
                m.DirectionTitle,
                m.MeasureNumber,
                m.MeasureText,
                m.TermText,
                m.TermKind,
                IsoDate(m.From),
                IsoDate(m.To),
                m.Executors,
                m.NeedsReview ? MeasureTable.Yes : MeasureTable.No,
            ]);
        }
    }

    /// <summary>One record: fields separated by commas, ended by CRLF.</summary>
    internal static void WriteRecord(TextWriter writer, IReadOnlyList<string> fields)
    {
        for (var i = 0; i < fields.Count; i++)
        {
            if (i > 0)
            {
                writer.Write(',');
            }

            writer.Write(Field(fields[i]));
        }

        writer.Write(LineEnd);
    }

    internal static string Field(string value)
    {
        var text = SpreadsheetFormula.Neutralize(value);
        return text.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + text.Replace("\"", "\"\"") + "\"" : text;
    }

    private static string IsoDate(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "";
}
