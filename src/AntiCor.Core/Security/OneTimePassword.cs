using System.Security.Cryptography;

namespace AntiCor.Core.Security;

/// <summary>Random passwords handed out once (first administrator, new users): 20 characters without look-alikes.</summary>
public static class OneTimePassword
{
    private const string Alphabet = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKMNPQRSTUVWXYZ23456789";

    public static string Generate() =>
        string.Create(23, 0, (span, _) =>
        {
            for (var i = 0; i < span.Length; i++)
            {
                span[i] = i % 6 == 5 ? '-' : Alphabet[RandomNumberGenerator.GetInt32(Alphabet.Length)];
            }
        });
}
