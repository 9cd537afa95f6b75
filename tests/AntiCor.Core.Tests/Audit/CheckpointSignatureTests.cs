using AntiCor.Core.Audit;
using AntiCor.Core.Audit.Keys;

namespace AntiCor.Core.Tests.Audit;

/// <summary>Checkpoints signed with the deployment's P-256 key, checked with its public key alone.</summary>
public sealed class CheckpointSignatureTests
{
    private static readonly DateTime Now = new(2026, 12, 1, 10, 0, 0, DateTimeKind.Utc);

    private static (AuditSigningKey Key, AuditCheckpointData Signed) SignedCheckpoint()
    {
        var key = AuditSigningKey.FromPem(AuditSigningKey.GeneratePem());
        var data = new AuditCheckpointData(12, new string('d', 64), Now, Guid.CreateVersion7());
        return (key, data with { Signature = key.Sign(CheckpointSignature.Content(CheckpointJson.ToPublished(data))) });
    }

    [Fact]
    public void A_signed_checkpoint_round_trips_through_its_json_and_verifies_with_the_public_key()
    {
        var (key, signed) = SignedCheckpoint();
        using var _ = key;

        var read = Assert.Single(CheckpointJson.Parse(CheckpointJson.Serialize([signed]), key.PublicKeyPem()));

        Assert.Equal(signed.Signature, read.Signature);
        Assert.Contains("\"signature\"", CheckpointJson.Serialize([signed]));
        Assert.DoesNotContain("PRIVATE", key.PublicKeyPem());
    }

    [Fact]
    public void A_changed_count_or_a_tampered_signature_or_another_deployments_key_is_refused()
    {
        var (key, signed) = SignedCheckpoint();
        using var _ = key;
        using var other = AuditSigningKey.FromPem(AuditSigningKey.GeneratePem());
        var bytes = Convert.FromBase64String(signed.Signature!);
        bytes[^1] ^= 1;

        foreach (var tampered in new[] { signed with { Count = 13 }, signed with { Signature = Convert.ToBase64String(bytes) }, signed with { Signature = "не base64" } })
        {
            var error = Assert.Throws<FormatException>(() => CheckpointJson.Parse(CheckpointJson.Serialize([tampered]), key.PublicKeyPem()));
            Assert.Equal(CheckpointJson.BadSignature, error.Message);
        }

        Assert.Throws<FormatException>(() => CheckpointJson.Parse(CheckpointJson.Serialize([signed]), other.PublicKeyPem()));
    }

    [Fact]
    public void A_key_that_is_not_p256_pem_is_refused_with_the_configuration_key()
    {
        var error = Assert.Throws<InvalidOperationException>(() => AuditSigningKey.FromPem("не ключ"));
        Assert.Contains(AuditSigningKey.ConfigurationKey, error.Message);
    }
}
