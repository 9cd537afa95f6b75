using System.Security.Cryptography;
using System.Text;

namespace AntiCor.Core.Audit.Keys;

/// <summary>
/// The ECDSA P-256 key pair that signs published checkpoints. The public half is published, so
/// anyone holding a saved checkpoint can tell it was issued by this deployment and not altered.
/// </summary>
public sealed class AuditSigningKey : IDisposable
{
    public const string FileName = "audit-signing.key";
    public const string ConfigurationKey = "Audit:SigningKey";

    private readonly ECDsa _key;

    private AuditSigningKey(ECDsa key) => _key = key;

    public static AuditSigningKey FromPem(string pem)
    {
        var key = ECDsa.Create();
        try
        {
            key.ImportFromPem(pem);
        }
        catch (Exception e) when (e is ArgumentException or CryptographicException)
        {
            key.Dispose();
            throw new InvalidOperationException($"Ключ підпису контрольних точок ({ConfigurationKey} або {FileName}) не є ключем ECDSA у форматі PEM.", e);
        }

        if (key.KeySize != 256)
        {
            key.Dispose();
            throw new InvalidOperationException($"Ключ підпису контрольних точок ({ConfigurationKey} або {FileName}) має бути ECDSA P-256.");
        }

        return new AuditSigningKey(key);
    }

    public static string GeneratePem()
    {
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        return key.ExportPkcs8PrivateKeyPem();
    }

    public string PublicKeyPem() => _key.ExportSubjectPublicKeyInfoPem();

    public string Sign(string content) => Convert.ToBase64String(_key.SignData(Encoding.UTF8.GetBytes(content), HashAlgorithmName.SHA256));

    public void Dispose() => _key.Dispose();
}
