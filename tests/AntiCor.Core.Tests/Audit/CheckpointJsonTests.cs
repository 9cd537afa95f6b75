using AntiCor.Core.Audit;

namespace AntiCor.Core.Tests.Audit;

public sealed class CheckpointJsonTests
{
    private static readonly string HashA = new('a', 64);
    private static readonly string HashB = new('b', 64);

    [Fact]
    public void Serialized_list_reads_back_with_count_hash_and_utc_time()
    {
        var at = new DateTime(2026, 11, 27, 9, 30, 15, 123, DateTimeKind.Utc).AddTicks(4560);
        var json = CheckpointJson.Serialize([new AuditCheckpointData(5, HashA, at), new AuditCheckpointData(9, HashB, at.AddDays(1))]);

        var read = CheckpointJson.Parse(json);

        Assert.Contains("\"headHash\"", json);
        Assert.Contains("\"at\": \"2026-11-27T09:30:15.123456Z\"", json);
        Assert.Equal([(5L, HashA, at), (9L, HashB, at.AddDays(1))], read.Select(c => (c.Count, c.HeadHash, c.AtUtc)));
        Assert.All(read, c => Assert.Equal(DateTimeKind.Utc, c.AtUtc.Kind));
    }

    [Fact]
    public void A_single_object_is_read_as_one_checkpoint()
    {
        var read = CheckpointJson.Parse($$"""{"count": 12, "headHash": "{{HashA}}", "at": "2026-11-27T10:00:00Z"}""");

        var only = Assert.Single(read);
        Assert.Equal((12L, HashA), (only.Count, only.HeadHash));
    }

    [Theory]
    [InlineData("not json")]
    [InlineData("[]")]
    [InlineData("""[{"count": 0, "headHash": "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"}]""")]
    [InlineData("""[{"count": 3, "headHash": "XYZ"}]""")]
    public void Malformed_files_are_refused_with_a_reason(string json)
    {
        var error = Assert.Throws<FormatException>(() => CheckpointJson.Parse(json));

        Assert.False(string.IsNullOrWhiteSpace(error.Message));
    }

    [Fact]
    public void Two_different_hashes_for_the_same_count_are_refused()
    {
        var at = new DateTime(2026, 3, 1, 9, 0, 0, DateTimeKind.Utc);
        var json = CheckpointJson.Serialize([new AuditCheckpointData(5, HashA, at), new AuditCheckpointData(5, HashB, at)]);

        Assert.Throws<FormatException>(() => CheckpointJson.Parse(json));
    }

    [Fact]
    public void The_same_checkpoint_twice_is_read_once()
    {
        var at = new DateTime(2026, 12, 1, 12, 0, 0, DateTimeKind.Utc);
        var json = CheckpointJson.Serialize([new AuditCheckpointData(5, HashA, at), new AuditCheckpointData(5, HashA, at)]);

        Assert.Single(CheckpointJson.Parse(json));
    }
}
