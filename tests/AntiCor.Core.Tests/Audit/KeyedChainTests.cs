using System.Security.Cryptography;
using AntiCor.Core.Audit;
using AntiCor.Core.Audit.Keys;

namespace AntiCor.Core.Tests.Audit;

/// <summary>The MAC of each row under the chain key, and what the verifier makes of a row without it.</summary>
public sealed class KeyedChainTests
{
    private static readonly DateTime Now = new(2026, 12, 1, 10, 0, 0, DateTimeKind.Utc);
    private static readonly AuditChainKey Key = new(RandomNumberGenerator.GetBytes(AuditChainKey.Length));

    private static List<AuditEntry> Chain(int length, AuditChainKey? key, int keyedFrom = 1)
    {
        var entries = new List<AuditEntry>();
        var previous = AuditEntry.GenesisHash;
        for (var i = 1; i <= length; i++)
        {
            var entry = new AuditEntry(i, new AuditEvent(AuditActions.Updated, "Measure", $"m-{i}", null), Now.AddSeconds(i), SystemActor.Instance, previous);
            if (key is not null && i >= keyedFrom)
            {
                entry.Authenticate(key);
            }

            entries.Add(entry);
            previous = entry.Hash;
        }

        return entries;
    }

    [Fact]
    public void The_mac_is_hmac_sha256_of_the_hash_and_checks_only_under_the_same_key()
    {
        var bytes = RandomNumberGenerator.GetBytes(AuditChainKey.Length);
        var key = new AuditChainKey(bytes);
        var hash = new string('a', 64);

        var mac = key.Mac(hash);

        Assert.Equal(Convert.ToHexStringLower(HMACSHA256.HashData(bytes, System.Text.Encoding.ASCII.GetBytes(hash))), mac);
        Assert.True(key.Verifies(hash, mac));
        Assert.False(Key.Verifies(hash, mac));
        Assert.False(key.Verifies(hash, null));
        Assert.False(key.Verifies(new string('b', 64), mac));
    }

    [Fact]
    public void A_key_shorter_than_32_bytes_is_refused()
    {
        var error = Assert.Throws<InvalidOperationException>(() => new AuditChainKey(new byte[16]));
        Assert.Contains(AuditChainKey.ConfigurationKey, error.Message);
    }

    [Fact]
    public void A_keyed_chain_verifies_with_its_key_and_a_row_under_another_key_is_forged()
    {
        Assert.True(AuditChainVerifier.Verify(Chain(4, Key), key: Key).IsIntact);

        var other = new AuditChainKey(RandomNumberGenerator.GetBytes(AuditChainKey.Length));
        var result = AuditChainVerifier.Verify(Chain(4, other), key: Key);

        Assert.Equal(new AuditVerification(0, 1, AuditChainVerifier.Forged), result);
    }

    [Fact]
    public void Legacy_rows_before_the_first_keyed_row_are_accepted_but_a_null_mac_after_it_is_forged_even_without_the_key()
    {
        Assert.True(AuditChainVerifier.Verify(Chain(5, Key, keyedFrom: 3), key: Key).IsIntact);

        var entries = Chain(5, Key);
        typeof(AuditEntry).GetProperty(nameof(AuditEntry.Mac))!.SetValue(entries[3], null);

        Assert.Equal(new AuditVerification(3, 4, AuditChainVerifier.Forged), AuditChainVerifier.Verify(entries, key: Key));
        Assert.Equal(new AuditVerification(3, 4, AuditChainVerifier.Forged), AuditChainVerifier.Verify(entries));
    }

    [Fact]
    public void A_witnessed_count_longer_than_the_chain_fails_with_both_counts()
    {
        var witnessed = new AuditCheckpointData(6, new string('c', 64), Now);

        var emptied = AuditChainVerifier.Verify([], [witnessed], Key);
        var shortened = AuditChainVerifier.Verify(Chain(4, Key), [witnessed], Key);

        Assert.Equal("записи видалено: контрольна точка засвідчила 6 записів, а в журналі лише 0", emptied.Reason);
        Assert.Equal("записи видалено: контрольна точка засвідчила 6 записів, а в журналі лише 4", shortened.Reason);
    }
}
