using System.Text.Json;

namespace AntiCor.Core.Audit.Keys;

/// <summary>
/// `audit-witness.jsonl` in the data folder: every published checkpoint, one JSON line each,
/// only ever appended. It lives outside the database, so emptying or shortening the audit table
/// is caught against it; operators copy it elsewhere for the same reason.
/// </summary>
public sealed class AuditWitness(string dataFolder)
{
    public const string FileName = "audit-witness.jsonl";

    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web);
    private static readonly Lock Writing = new();

    public string Path { get; } = System.IO.Path.Combine(dataFolder, FileName);

    public void Append(IEnumerable<AuditCheckpointData> checkpoints)
    {
        var lines = checkpoints.Select(c => JsonSerializer.Serialize(CheckpointJson.ToPublished(c), Options) + "\n").ToList();
        if (lines.Count == 0)
        {
            return;
        }

        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(Path)!);
        lock (Writing)
        {
            // FileMode.Append: the file can only grow through this path.
            using var stream = new FileStream(Path, FileMode.Append, FileAccess.Write, FileShare.Read);
            using var writer = new StreamWriter(stream);
            writer.Write(string.Concat(lines));
        }
    }

    /// <summary>The longest witnessed checkpoint of each chain; none when the file is absent. A line that does not parse (or whose signature fails) is refused.</summary>
    public IReadOnlyList<AuditCheckpointData> Newest(string? publicKeyPem)
    {
        if (!File.Exists(Path))
        {
            return [];
        }

        var read = new List<AuditCheckpointData>();
        foreach (var line in File.ReadLines(Path).Where(l => !string.IsNullOrWhiteSpace(l)))
        {
            read.AddRange(CheckpointJson.Parse(line, publicKeyPem));
        }

        return [.. read.GroupBy(c => c.ChainId).Select(g => g.MaxBy(c => c.Count)!)];
    }
}
