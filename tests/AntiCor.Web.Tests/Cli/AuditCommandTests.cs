using System.Text.Json;
using AntiCor.Core.Audit;
using AntiCor.Core.Audit.Keys;
using AntiCor.Web.Tests.Audit;
using Microsoft.EntityFrameworkCore;

namespace AntiCor.Web.Tests.Cli;

/// <summary>`anticor audit verify` and `anticor audit checkpoint` against a trail an administrator tampered with.</summary>
public sealed class AuditCommandTests : IAsyncLifetime
{
    private readonly TamperedDatabase _db = new();

    public Task InitializeAsync() => _db.InitializeAsync();

    public Task DisposeAsync() => _db.DisposeAsync();

    [Fact]
    public async Task Verify_of_an_untouched_trail_prints_the_count_verified_and_exits_0()
    {
        var count = await _db.TotalCountAsync();

        var (code, output, error) = await _db.Cli.RunAsync("audit", "verify");

        Assert.True(count > 10, $"the import should have written audit rows, found {count}");
        Assert.True(code == 0, output + error);
        Assert.Contains($"перевірено записів {count}", output);
    }

    [Fact]
    public async Task Verify_names_exactly_the_row_an_administrator_altered_and_exits_1()
    {
        var count = await _db.CountAsync();
        var altered = count / 2;
        await _db.ExecuteAsAdministratorAsync($"""UPDATE "AuditEntries" SET "ActorName" = 'хтось інший' WHERE "Sequence" = {altered} AND {_db.InChain};""");

        var (code, output, _) = await _db.Cli.RunAsync("audit", "verify");

        Assert.Equal(1, code);
        Assert.Contains($"запис № {altered} — вміст запису змінено", output);
        Assert.Contains($"Цілих записів до нього: {altered - 1}", output);
    }

    [Fact]
    public async Task Verify_names_the_gap_left_by_a_deleted_row()
    {
        var count = await _db.CountAsync();
        await _db.ExecuteAsAdministratorAsync($"""DELETE FROM "AuditEntries" WHERE "Sequence" = 7 AND {_db.InChain};""");

        var (code, output, _) = await _db.Cli.RunAsync("audit", "verify");

        Assert.True(count > 7);
        Assert.Equal(1, code);
        Assert.Contains("запис № 7 — бракує запису № 7", output);
    }

    [Fact]
    public async Task History_rewritten_with_the_stolen_key_and_the_witness_removed_passes_alone_but_fails_against_a_checkpoint_file_saved_before()
    {
        var (published, checkpointJson, _) = await _db.Cli.RunAsync("audit", "checkpoint");
        Assert.Equal(0, published);
        var file = _db.WriteCheckpointFile("checkpoints.json", checkpointJson);
        var head = Assert.Single(CheckpointJson.Parse(checkpointJson), c => c.ChainId == _db.Chain);
        Assert.Equal(await _db.CountAsync(), head.Count);

        await _db.RewriteAndRehashAsync(3, "підмінений автор");
        var witness = Path.Combine(_db.Cli.Folder, AuditWitness.FileName);
        var (witnessedCode, witnessedOutput, _) = await _db.Cli.RunAsync("audit", "verify");
        File.Move(witness, witness + ".saved-elsewhere");

        // The limit of ADR-010: with the key files and the witness in hand, only a copy kept elsewhere tells.
        var (aloneCode, aloneOutput, _) = await _db.Cli.RunAsync("audit", "verify");
        var (code, output, _) = await _db.Cli.RunAsync("audit", "verify", "--checkpoint", file);

        Assert.Equal(1, witnessedCode);
        Assert.Contains($"запис № {head.Count} — ланцюжок переписано", witnessedOutput);
        Assert.True(aloneCode == 0, aloneOutput);
        Assert.Equal(1, code);
        Assert.Contains($"запис № {head.Count} — ланцюжок переписано", output);
    }

    [Fact]
    public async Task Checkpoint_file_in_the_form_of_one_object_is_accepted_and_a_later_longer_trail_still_verifies()
    {
        var (_, json, _) = await _db.Cli.RunAsync("audit", "checkpoint");
        var single = JsonSerializer.Serialize(CheckpointJson.ToPublished(CheckpointJson.Parse(json)[0]), new JsonSerializerOptions(JsonSerializerDefaults.Web));
        var file = _db.WriteCheckpointFile("one.json", single);
        await _db.AppendEventAsync(new AuditEvent(AuditActions.Exported, "Programme", "x", null));
        var grown = await _db.CountAsync();

        var (code, output, error) = await _db.Cli.RunAsync("audit", "verify", "--checkpoint", file);

        Assert.StartsWith("{", single);
        Assert.True(grown > CheckpointJson.Parse(json)[0].Count);
        Assert.True(code == 0, output + error);
        Assert.Contains("збігається з контрольними точками з файлу (1)", output);
    }

    [Fact]
    public async Task Checkpoint_publishes_the_head_once_and_again_only_after_the_trail_grew()
    {
        var (first, firstJson, _) = await _db.Cli.RunAsync("audit", "checkpoint");
        var (second, _, _) = await _db.Cli.RunAsync("audit", "checkpoint");
        var stored = await _db.Cli.QueryAsync(db => db.AuditCheckpoints.CountAsync());
        var head = await _db.Cli.QueryAsync(db => db.AuditEntries.Where(a => a.ChainId == _db.Chain).OrderByDescending(a => a.Sequence).Select(a => new { a.Sequence, a.Hash }).FirstAsync());

        Assert.Equal((0, 0), (first, second));
        // One checkpoint per chain: the deployment's and the organisation's.
        Assert.Equal(2, stored);
        var published = Assert.Single(CheckpointJson.Parse(firstJson), c => c.ChainId == _db.Chain);
        Assert.Equal((head.Sequence, head.Hash), (published.Count, published.HeadHash));
    }

    [Theory]
    [InlineData(new[] { "audit", "verify", "--checkpoint" }, "потрібне значення")]
    [InlineData(new[] { "audit" }, "verify або checkpoint")]
    [InlineData(new[] { "audit", "checkpoint", "--checkpoint", "x.json" }, "лише audit verify")]
    public async Task Malformed_audit_command_lines_exit_1_with_a_Ukrainian_reason(string[] args, string reason)
    {
        var (code, _, error) = await _db.Cli.RunAsync(args);

        Assert.Equal(1, code);
        Assert.Contains(reason, error);
    }

    [Fact]
    public async Task Unreadable_checkpoint_file_exits_2_with_the_reason()
    {
        var file = _db.WriteCheckpointFile("bad.json", "{\"count\": 3, \"headHash\": \"not-a-hash\"}");

        var (code, _, error) = await _db.Cli.RunAsync("audit", "verify", "--checkpoint", file);

        Assert.Equal(2, code);
        Assert.Contains("headHash", error);
    }
}
