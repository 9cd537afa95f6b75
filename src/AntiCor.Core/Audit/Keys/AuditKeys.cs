using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Configuration;

namespace AntiCor.Core.Audit.Keys;

/// <summary>
/// The two audit secrets, from configuration when given (it wins) or else from their files in the
/// data folder, created at first start. Never stored in the database: whoever holds only the
/// database can then neither add a row that verifies nor sign a checkpoint.
/// </summary>
public sealed class AuditKeys(AuditChainKey chain, AuditSigningKey signing) : IDisposable
{
    public AuditChainKey Chain { get; } = chain;
    public AuditSigningKey Signing { get; } = signing;

    public static AuditKeys Load(IConfiguration configuration, string dataFolder)
    {
        var chainText = configuration[AuditChainKey.ConfigurationKey];
        AuditChainKey chain;
        if (string.IsNullOrWhiteSpace(chainText))
        {
            chain = new AuditChainKey(KeyFile.ReadOrCreate(Path.Combine(dataFolder, AuditChainKey.FileName), () => RandomNumberGenerator.GetBytes(AuditChainKey.Length)));
        }
        else
        {
            try
            {
                chain = new AuditChainKey(Convert.FromBase64String(chainText));
            }
            catch (FormatException e)
            {
                throw new InvalidOperationException($"{AuditChainKey.ConfigurationKey} має бути в base64.", e);
            }
        }

        var signingPem = configuration[AuditSigningKey.ConfigurationKey];
        if (string.IsNullOrWhiteSpace(signingPem))
        {
            signingPem = Encoding.UTF8.GetString(KeyFile.ReadOrCreate(
                Path.Combine(dataFolder, AuditSigningKey.FileName), () => Encoding.UTF8.GetBytes(AuditSigningKey.GeneratePem())));
        }

        return new AuditKeys(chain, AuditSigningKey.FromPem(signingPem));
    }

    public void Dispose() => Signing.Dispose();
}
