using System.Security.Cryptography;
using System.Text;

namespace AntiCor.Core.Audit.Keys;

/// <summary>What a checkpoint's signature covers, and its check against a published public key (no private key needed).</summary>
public static class CheckpointSignature
{
    /// <summary>Every field of the published form, in a fixed order: change any one and the signature fails.</summary>
    public static string Content(PublishedCheckpoint c) => $"anticor-checkpoint-v1\n{c.Chain ?? ""}\n{c.Count}\n{c.HeadHash}\n{c.At}";

    public static bool Verifies(PublishedCheckpoint c, string publicKeyPem)
    {
        if (c.Signature is null)
        {
            return false;
        }

        byte[] signature;
        try
        {
            signature = Convert.FromBase64String(c.Signature);
        }
        catch (FormatException)
        {
            return false;
        }

        using var key = ECDsa.Create();
        key.ImportFromPem(publicKeyPem);
        return key.VerifyData(Encoding.UTF8.GetBytes(Content(c)), signature, HashAlgorithmName.SHA256);
    }
}
