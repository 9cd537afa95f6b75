using System.Security.Cryptography;
using System.Text;

namespace AntiCor.Core.Audit.Keys;

/// <summary>
/// The secret that makes the audit chain keyed: each row's MAC is HMAC-SHA256(key, row hash).
/// The plain hash chain stays recomputable by anyone; only the key holder can add a row that verifies.
/// </summary>
public sealed class AuditChainKey
{
    public const string FileName = "audit-chain.key";
    public const string ConfigurationKey = "Audit:ChainKey";
    public const int Length = 32;

    private readonly byte[] _key;

    public AuditChainKey(byte[] key)
    {
        if (key.Length < Length)
        {
            throw new InvalidOperationException($"Ключ ланцюжка аудиту ({ConfigurationKey} або {FileName}) має містити щонайменше {Length} байти.");
        }

        _key = [.. key];
    }

    public string Mac(string hash) => Convert.ToHexStringLower(HMACSHA256.HashData(_key, Encoding.ASCII.GetBytes(hash)));

    /// <summary>Compared in constant time, so the check does not leak how much of a guessed MAC was right.</summary>
    public bool Verifies(string hash, string? mac) =>
        mac is not null && CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(Mac(hash)), Encoding.ASCII.GetBytes(mac));
}
