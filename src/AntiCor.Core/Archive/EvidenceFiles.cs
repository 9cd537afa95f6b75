namespace AntiCor.Core.Archive;

/// <summary>
/// Evidence bytes live in EvidenceContents.Bytes, or — with Evidence:Folder set — in that folder
/// as files named by their SHA-256, the row's Bytes then null. The archive carries the folder's
/// files as entries evidence/{sha256}, so it holds every evidence file whichever way it was kept.
/// </summary>
public static class EvidenceFiles
{
    public const string Table = "EvidenceContents";
    public const string KeyColumn = "Sha256";
    public const string BytesColumn = "Bytes";

    public static string EntryName(string sha256) => $"evidence/{sha256}";

    /// <summary>The file of a hash in the folder, or null for a name that is not a hash (never a path out of the folder).</summary>
    public static string? PathIn(string? folder, string sha256) =>
        folder is { Length: > 0 } && sha256.Length == 64 && sha256.All(char.IsAsciiHexDigit) ? Path.Combine(folder, sha256) : null;
}
