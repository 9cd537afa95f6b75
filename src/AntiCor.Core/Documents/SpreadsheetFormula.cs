using System.Buffers;

namespace AntiCor.Core.Documents;

/// <summary>
/// Text that a spreadsheet program would run as a formula when it opens a CSV file: a cell that
/// begins with =, +, -, @, a tab or a carriage return (the OWASP list for CSV injection). Such a
/// cell from a document or a form could fetch an address or run a command on the reader's
/// computer, so the CSV export writes it with a leading apostrophe and the importer flags it.
/// </summary>
public static class SpreadsheetFormula
{
    private static readonly SearchValues<char> Triggers = SearchValues.Create("=+-@\t\r");

    public static bool StartsLikeFormula(string text) => text.Length > 0 && Triggers.Contains(text[0]);

    /// <summary>The text with an apostrophe in front when it starts like a formula, otherwise unchanged.</summary>
    public static string Neutralize(string text) => StartsLikeFormula(text) ? "'" + text : text;
}
