using System.Text;
using System.Text.Json.Nodes;
using AntiCor.Core.Audit;
using AntiCor.Core.Audit.Keys;

namespace AntiCor.Web.Tests.Audit;

/// <summary>
/// `anticor audit verify` against what someone holding only the database can do: forge a row with a
/// correct hash, cut the tail, empty the table, tamper with a saved checkpoint.
/// </summary>
public sealed class KeyedChainTests : IAsyncLifetime
{
    private readonly TamperedDatabase _db = new();

    public Task InitializeAsync() => _db.InitializeAsync();

    public Task DisposeAsync() => _db.DisposeAsync();

    [Fact]
    public async Task The_key_files_are_created_at_first_start_owner_only_and_never_stored_in_the_database()
    {
        var chainKey = Path.Combine(_db.Cli.Folder, AuditChainKey.FileName);
        var signingKey = Path.Combine(_db.Cli.Folder, AuditSigningKey.FileName);

        Assert.Equal(AuditChainKey.Length, new FileInfo(chainKey).Length);
        Assert.StartsWith("-----BEGIN PRIVATE KEY-----", await File.ReadAllTextAsync(signingKey));
        if (!OperatingSystem.IsWindows())
        {
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(chainKey));
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(signingKey));
        }

        var secret = await File.ReadAllBytesAsync(chainKey);
        var forms = new[] { Convert.ToBase64String(secret), Convert.ToHexStringLower(secret), Convert.ToHexString(secret) };
        var rows = await _db.Cli.QueryAsync(db => Task.FromResult(db.AuditEntries.Select(a => a.Changes + a.Mac + a.Hash).ToList()));
        Assert.NotEmpty(rows);
        Assert.DoesNotContain(rows, r => forms.Any(f => r.Contains(f, StringComparison.Ordinal)));
        var file = Path.Combine(_db.Cli.Folder, "anticor.db");
        if (File.Exists(file))
        {
            var database = await File.ReadAllBytesAsync(file);
            Assert.Equal(-1, database.AsSpan().IndexOf(secret));
            Assert.Equal(-1, database.AsSpan().IndexOf(Encoding.ASCII.GetBytes(forms[0])));
        }

        Assert.DoesNotContain(rows, r => r.Contains("PRIVATE KEY", StringComparison.Ordinal));
        Assert.All(await _db.Cli.QueryAsync(db => Task.FromResult(db.AuditEntries.Select(a => a.Mac).ToList())), m => Assert.Matches("^[0-9a-f]{64}$", m));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("0000000000000000000000000000000000000000000000000000000000000000")]
    public async Task A_row_forged_with_a_correct_hash_but_without_the_key_fails_verify(string? mac)
    {
        var forged = await _db.ForgeRowAsync(mac);

        var (code, output, _) = await _db.Cli.RunAsync("audit", "verify");

        Assert.Equal(1, code);
        Assert.Contains($"запис № {forged} — {AuditChainVerifier.Forged}", output);
    }

    [Fact]
    public async Task Tail_cut_after_a_witnessed_checkpoint_fails_verify_with_both_counts()
    {
        var count = await _db.CountAsync();
        Assert.Equal(0, (await _db.Cli.RunAsync("audit", "checkpoint")).Code);
        Assert.Contains($"\"count\":{count}", (await File.ReadAllTextAsync(Path.Combine(_db.Cli.Folder, AuditWitness.FileName))).Replace(" ", ""));

        await _db.ExecuteAsAdministratorAsync($"""
            DELETE FROM "AuditEntries" WHERE "Sequence" > {count - 3} AND {_db.InChain};
            DELETE FROM "AuditCheckpoints" WHERE {_db.InChain};
            """);
        var (code, output, _) = await _db.Cli.RunAsync("audit", "verify");

        Assert.Equal(1, code);
        Assert.Contains($"записи видалено: контрольна точка засвідчила {count} записів, а в журналі лише {count - 3}", output);
    }

    [Fact]
    public async Task A_fully_emptied_trail_fails_against_the_witness()
    {
        // The deployment's chain is verified first: its rows are the total less the organisation's.
        var systemCount = await _db.TotalCountAsync() - await _db.CountAsync();
        Assert.Equal(0, (await _db.Cli.RunAsync("audit", "checkpoint")).Code);

        await _db.ExecuteAsAdministratorAsync("""DELETE FROM "AuditEntries"; DELETE FROM "AuditCheckpoints";""");
        var (code, output, _) = await _db.Cli.RunAsync("audit", "verify");

        Assert.Equal(0, await _db.TotalCountAsync());
        Assert.Equal(1, code);
        Assert.True(systemCount > 0);
        Assert.Contains($"(системний ланцюжок): запис № 1 — записи видалено: контрольна точка засвідчила {systemCount} записів, а в журналі лише 0", output);
    }

    [Fact]
    public async Task A_checkpoint_file_with_a_tampered_signature_is_refused()
    {
        var (_, json, _) = await _db.Cli.RunAsync("audit", "checkpoint");
        var checkpoints = JsonNode.Parse(json)!.AsArray();
        Assert.All(checkpoints, c => Assert.NotNull((string?)c!["signature"]));
        Assert.Equal(0, (await _db.Cli.RunAsync("audit", "verify", "--checkpoint", _db.WriteCheckpointFile("good.json", json))).Code);

        var signature = Convert.FromBase64String((string)checkpoints[0]!["signature"]!);
        signature[5] ^= 0x20;
        checkpoints[0]!["signature"] = Convert.ToBase64String(signature);
        var file = _db.WriteCheckpointFile("tampered.json", checkpoints.ToJsonString());

        var (code, _, error) = await _db.Cli.RunAsync("audit", "verify", "--checkpoint", file);

        Assert.Equal(2, code);
        Assert.Contains(CheckpointJson.BadSignature, error);
    }
}
