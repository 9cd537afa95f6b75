using System.Text.Json;
using System.Text.Json.Serialization;

namespace AntiCor.Core.Archive;

/// <summary>
/// manifest.json, written last into the zip: what wrote it (format version, the schema's last
/// migration, the source provider), each table's columns and row count, and the SHA-256 of every
/// other entry. An import checks all of it before it writes anything.
/// </summary>
public sealed record ArchiveManifest
{
    public const string EntryName = "manifest.json";

    /// <summary>Raised when the layout of the archive changes; an older reader refuses a newer archive.</summary>
    public const int CurrentFormat = 1;

    public const string ArchiveKind = "archive";
    public const string SqliteBackupKind = "sqlite-backup";

    public int Format { get; init; } = CurrentFormat;

    /// <summary>archive (tables as JSON Lines), or sqlite-backup (the SQLite file itself, copied by SQLite's online backup).</summary>
    public string Kind { get; init; } = ArchiveKind;
    public string Migration { get; init; } = "";
    public string SourceProvider { get; init; } = "";
    public DateTime CreatedUtc { get; init; }

    /// <summary>The organisation's slug when only its rows are archived (--org); null for the whole database.</summary>
    public string? Organization { get; init; }

    public List<ArchiveManifestTable> Tables { get; init; } = [];
    public List<ArchiveManifestEntry> Entries { get; init; } = [];

    /// <summary>Evidence files the database names but the evidence folder no longer has (copied by hand away); the archive lacks them too.</summary>
    public List<string> MissingEvidence { get; init; } = [];

    private static readonly JsonSerializerOptions Json = new()
    {
        WriteIndented = true,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    public byte[] ToBytes() => JsonSerializer.SerializeToUtf8Bytes(this, Json);

    public static ArchiveManifest Parse(byte[] bytes)
    {
        try
        {
            return JsonSerializer.Deserialize<ArchiveManifest>(bytes, Json) ?? throw new JsonException();
        }
        catch (JsonException)
        {
            throw new ArchiveRefusedException("Архів пошкоджено: manifest.json не читається.");
        }
    }
}

public sealed record ArchiveManifestTable(string Name, long Rows, List<ArchiveManifestColumn> Columns);

public sealed record ArchiveManifestColumn(string Name, string Type);

public sealed record ArchiveManifestEntry(string Path, long Bytes, string Sha256);
