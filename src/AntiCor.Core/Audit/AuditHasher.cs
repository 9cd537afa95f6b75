using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace AntiCor.Core.Audit;

/// <summary>
/// The canonical content of an audit row and its SHA-256 hash, chained to the previous row's.
/// Times are cut to microseconds and written with a fixed format, so the hash is the same
/// whether the row was read back from SQLite or from PostgreSQL.
/// </summary>
public static class AuditHasher
{
    public static DateTime Truncate(DateTime utc) =>
        new(utc.Ticks - (utc.Ticks % 10), DateTimeKind.Utc);

    /// <summary>
    /// The system chain keeps the original layout, so rows written before chains were per
    /// organisation still verify; an organisation's rows also cover their chain's id, so a row
    /// cannot be moved into another organisation's chain.
    /// </summary>
    public static string Canonical(AuditEntry e) => e.ChainId == AuditEntry.SystemChain
        ? JsonSerializer.Serialize(Fields(e))
        : JsonSerializer.Serialize(new object?[] { e.ChainId.ToString("D") }.Concat(Fields(e)).ToArray());

    private static object?[] Fields(AuditEntry e) => new object?[]
    {
        e.Sequence,
        Truncate(e.AtUtc).ToString("yyyy-MM-dd'T'HH:mm:ss.ffffff'Z'", CultureInfo.InvariantCulture),
        e.ActorId,
        e.ActorName,
        e.Action,
        e.EntityType,
        e.EntityId,
        e.Changes,
        e.Ip,
    };

    public static string Hash(AuditEntry e)
    {
        var bytes = Encoding.UTF8.GetBytes(e.PreviousHash + "\n" + Canonical(e));
        return Convert.ToHexStringLower(SHA256.HashData(bytes));
    }
}
