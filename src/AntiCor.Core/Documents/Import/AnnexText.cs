namespace AntiCor.Core.Documents.Import;

/// <summary>Small wording helpers shared by the annex's readers and their warnings.</summary>
internal static class AnnexText
{
    public static string PageNote(SourceRow row) => row.StartsPage ? $" після розриву сторінки {row.Page - 1}/{row.Page}" : "";

    public static bool StartsInLowerCase(string text) => text.Length > 0 && char.IsLower(text[0]);

    public static string Shorten(string text) => text.Length <= 120 ? text : text[..117] + "...";
}
