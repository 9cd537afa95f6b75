using System.Buffers.Binary;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace AntiCor.Core.Security;

/// <summary>
/// RFC 6238 codes as authenticator apps compute them (HMAC-SHA1, 30-second time steps, six
/// digits) from the base32 key Identity stores. Ours rather than Identity's because Identity
/// only says whether a code is valid, and a single-use check needs to know which time step it was.
/// </summary>
public static class AuthenticatorCodes
{
    public const int StepSeconds = 30;

    /// <summary>Steps either side of now still accepted, as Identity's own provider allows, for phone clocks that drift.</summary>
    public const int ToleratedSteps = 2;

    private const string Base32Alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
    private const int Modulus = 1_000_000;

    public static long StepAt(DateTimeOffset at) => at.ToUnixTimeSeconds() / StepSeconds;

    public static string Code(ReadOnlySpan<byte> key, long step)
    {
        Span<byte> counter = stackalloc byte[sizeof(long)];
        BinaryPrimitives.WriteInt64BigEndian(counter, step);
        Span<byte> hash = stackalloc byte[HMACSHA1.HashSizeInBytes];
        HMACSHA1.HashData(key, counter, hash);
        // RFC 4226 dynamic truncation: four bytes from the offset the last nibble names, top bit cleared.
        var offset = hash[^1] & 0x0f;
        var value = (BinaryPrimitives.ReadInt32BigEndian(hash.Slice(offset, 4)) & 0x7fffffff) % Modulus;
        return value.ToString("D6", CultureInfo.InvariantCulture);
    }

    /// <summary>The time step, within the tolerated window around <paramref name="now"/>, whose code this is; null when none.</summary>
    public static long? MatchingStep(string base32Key, string code, DateTimeOffset now)
    {
        if (code.Length != 6 || !code.All(char.IsAsciiDigit))
        {
            return null;
        }

        var key = DecodeKey(base32Key);
        var given = Encoding.ASCII.GetBytes(code);
        var current = StepAt(now);
        for (var step = current - ToleratedSteps; step <= current + ToleratedSteps; step++)
        {
            if (CryptographicOperations.FixedTimeEquals(given, Encoding.ASCII.GetBytes(Code(key, step))))
            {
                return step;
            }
        }

        return null;
    }

    /// <summary>RFC 4648 base32 without padding, case and spaces ignored, as Identity writes the key.</summary>
    public static byte[] DecodeKey(string base32)
    {
        var bytes = new List<byte>(base32.Length * 5 / 8);
        int buffer = 0, bits = 0;
        foreach (var c in base32)
        {
            if (c is ' ' or '=')
            {
                continue;
            }

            var value = Base32Alphabet.IndexOf(char.ToUpperInvariant(c), StringComparison.Ordinal);
            if (value < 0)
            {
                throw new FormatException("The authenticator key is not base32.");
            }

            buffer = (buffer << 5) | value;
            bits += 5;
            if (bits >= 8)
            {
                bits -= 8;
                bytes.Add((byte)(buffer >> bits));
                buffer &= (1 << bits) - 1;
            }
        }

        return [.. bytes];
    }
}
