using System.Globalization;
using System.Text.Json;

namespace AntiCor.Core.Audit;

/// <summary>A checkpoint as the open-data API publishes it and `anticor audit verify --checkpoint` reads it.</summary>
public sealed record PublishedCheckpoint(long Count, string HeadHash, string At)
{
    /// <summary>The chain: an organisation's id; absent (null) for the deployment's own chain, as checkpoints published before per-organisation chains were.</summary>
    public string? Chain { get; init; }

    /// <summary>ECDSA P-256 signature (base64) over <see cref="Keys.CheckpointSignature.Content"/>; absent on checkpoints published before signing.</summary>
    public string? Signature { get; init; }
}

/// <summary>
/// The public JSON of checkpoints: a list of {count, headHash, at} with `at` in ISO-8601 UTC.
/// The reader also takes a single object, so one checkpoint copied from the page will do.
/// </summary>
public static class CheckpointJson
{
    private const string UtcFormat = "yyyy-MM-dd'T'HH:mm:ss.ffffff'Z'";

    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    public static PublishedCheckpoint ToPublished(AuditCheckpointData c) =>
        new(c.Count, c.HeadHash, DateTime.SpecifyKind(c.AtUtc, DateTimeKind.Utc).ToString(UtcFormat, CultureInfo.InvariantCulture))
        {
            Chain = c.ChainId == AuditEntry.SystemChain ? null : c.ChainId.ToString("D"),
            Signature = c.Signature,
        };

    public static string Serialize(IEnumerable<AuditCheckpointData> checkpoints) =>
        JsonSerializer.Serialize(checkpoints.Select(ToPublished).ToList(), Options);

    public const string BadSignature = "підпис контрольної точки не збігається: її змінено або видано не цим розгортанням";

    /// <summary>
    /// Reads a list or a single checkpoint; throws <see cref="FormatException"/> with a Ukrainian reason.
    /// With the deployment's public key, a signed checkpoint whose signature fails is refused.
    /// </summary>
    public static IReadOnlyList<AuditCheckpointData> Parse(string json, string? publicKeyPem = null)
    {
        List<PublishedCheckpoint?>? read;
        try
        {
            var trimmed = json.TrimStart();
            read = trimmed.StartsWith('[')
                ? JsonSerializer.Deserialize<List<PublishedCheckpoint?>>(trimmed, Options)
                : [JsonSerializer.Deserialize<PublishedCheckpoint>(trimmed, Options)];
        }
        catch (JsonException e)
        {
            throw new FormatException($"файл контрольних точок не є правильним JSON ({e.Message})", e);
        }

        var result = new List<AuditCheckpointData>();
        foreach (var c in read ?? [])
        {
            if (c is null || c.Count <= 0 || c.HeadHash is not { Length: 64 } || !c.HeadHash.All(char.IsAsciiHexDigitLower))
            {
                throw new FormatException("у файлі контрольних точок кожна має містити count (більше 0) і headHash (64 шістнадцяткові символи)");
            }

            if (publicKeyPem is not null && c.Signature is not null && !Keys.CheckpointSignature.Verifies(c, publicKeyPem))
            {
                throw new FormatException(BadSignature);
            }

            var at = DateTime.TryParse(c.At, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var parsed)
                ? parsed
                : DateTime.MinValue;
            var chain = AuditEntry.SystemChain;
            if (c.Chain is not null && !Guid.TryParse(c.Chain, out chain))
            {
                throw new FormatException("у файлі контрольних точок поле chain має бути ідентифікатором організації");
            }

            result.Add(new AuditCheckpointData(c.Count, c.HeadHash, at, chain) { Signature = c.Signature });
        }

        if (result.Count == 0)
        {
            throw new FormatException("у файлі немає жодної контрольної точки");
        }

        if (result.GroupBy(c => (c.ChainId, c.Count)).Any(g => g.Select(c => c.HeadHash).Distinct().Count() > 1))
        {
            throw new FormatException("у файлі дві контрольні точки з однаковою кількістю записів, але різними хешами");
        }

        return result.DistinctBy(c => (c.ChainId, c.Count)).ToList();
    }
}
