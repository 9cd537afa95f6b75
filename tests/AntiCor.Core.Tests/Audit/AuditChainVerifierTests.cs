using System.Reflection;
using AntiCor.Core.Audit;

namespace AntiCor.Core.Tests.Audit;

public sealed class AuditChainVerifierTests
{
    private static readonly DateTime Now = new(2026, 11, 27, 10, 0, 0, DateTimeKind.Utc);

    private sealed class Actor(string name) : IAuditActor
    {
        public string? UserId => "u-1";
        public string Name => name;
        public string? Ip => "127.0.0.1";
    }

    private static List<AuditEntry> Chain(int length)
    {
        var entries = new List<AuditEntry>();
        var previous = AuditEntry.GenesisHash;
        for (var i = 1; i <= length; i++)
        {
            var entry = new AuditEntry(i, new AuditEvent(AuditActions.Updated, "Measure", $"m-{i}", $"{{\"Text\":{{\"to\":\"редакція {i}\"}}}}"), Now.AddSeconds(i), new Actor("Ірина"), previous);
            entries.Add(entry);
            previous = entry.Hash;
        }

        return entries;
    }

    private static void Set(AuditEntry entry, string property, object? value) =>
        typeof(AuditEntry).GetProperty(property, BindingFlags.Public | BindingFlags.Instance)!.SetValue(entry, value);

    [Fact]
    public void An_untouched_chain_verifies_every_row()
    {
        Assert.Equal(new AuditVerification(5, null, null), AuditChainVerifier.Verify(Chain(5)));
        Assert.True(AuditChainVerifier.Verify([]).IsIntact);
    }

    [Fact]
    public void A_changed_row_is_named_as_the_first_broken()
    {
        var chain = Chain(5);
        Set(chain[2], nameof(AuditEntry.ActorName), "Хтось інший");
        var result = AuditChainVerifier.Verify(chain);
        Assert.Equal(3, result.BrokenAt);
        Assert.Equal(2, result.Verified);
    }

    [Fact]
    public void A_removed_row_breaks_the_sequence()
    {
        var chain = Chain(5);
        chain.RemoveAt(1);
        Assert.Equal(2, AuditChainVerifier.Verify(chain).BrokenAt);
    }

    [Fact]
    public void A_rewritten_and_rehashed_history_passes_alone_but_fails_against_a_saved_checkpoint()
    {
        var original = Chain(4);
        var checkpoint = new AuditCheckpointData(3, original[2].Hash, Now);

        // Someone with database access rewrites row 2 and recomputes every hash after it.
        var forged = new List<AuditEntry>();
        var previous = AuditEntry.GenesisHash;
        foreach (var e in original)
        {
            var changes = e.Sequence == 2 ? "{\"Text\":{\"to\":\"підмінено\"}}" : e.Changes;
            var copy = new AuditEntry(e.Sequence, new AuditEvent(e.Action, e.EntityType, e.EntityId, changes), e.AtUtc, new Actor(e.ActorName), previous);
            forged.Add(copy);
            previous = copy.Hash;
        }

        Assert.True(AuditChainVerifier.Verify(forged).IsIntact);
        var result = AuditChainVerifier.Verify(forged, [checkpoint]);
        Assert.Equal(3, result.BrokenAt);
        Assert.Contains("контрольною точкою", result.Reason);
    }

    [Fact]
    public void A_truncated_chain_fails_against_a_checkpoint_beyond_its_end()
    {
        var chain = Chain(4);
        var checkpoint = new AuditCheckpointData(4, chain[3].Hash, Now);
        var result = AuditChainVerifier.Verify(chain.Take(2), [checkpoint]);
        Assert.False(result.IsIntact);
        Assert.Equal(3, result.BrokenAt);
    }

    [Fact]
    public void The_hash_is_the_same_for_a_time_read_back_without_its_kind_or_with_microseconds()
    {
        var entry = Chain(1)[0];
        var hash = entry.Hash;
        Set(entry, nameof(AuditEntry.AtUtc), DateTime.SpecifyKind(entry.AtUtc, DateTimeKind.Unspecified));
        Assert.Equal(hash, AuditHasher.Hash(entry));
    }
}
