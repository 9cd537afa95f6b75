extern alias web;

using AntiCor.Core.Audit;
using AntiCor.Core.Audit.Keys;
using AntiCor.Web.Tests.Support;
using AntiCor.Web.Tests.Support.Accounts;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace AntiCor.Web.Tests.Jobs;

/// <summary>
/// The hourly checkpoint witnessed in mailboxes outside the database: each published checkpoint
/// reaches every `Audit:WitnessEmails` address once, signed, and an unchanged head sends nothing.
/// </summary>
public sealed class WitnessMailTests : IAsyncLifetime
{
    private readonly SharedDatabase _db = new();
    private readonly FakeTimeProvider _time = new(JobTestKit.Start);

    public Task InitializeAsync() => _db.InitializeAsync();

    public Task DisposeAsync() => _db.DisposeAsync();

    [Fact]
    public async Task Each_published_checkpoint_is_mailed_signed_to_every_witness_once()
    {
        var witnesses = new[] { TestUsers.NewEmail("witness-one"), TestUsers.NewEmail("witness-two") };
        await using var node = new NodeFactory(_db, _time, new Dictionary<string, string?>
        {
            ["Audit:WitnessEmails:0"] = witnesses[0],
            ["Audit:WitnessEmails:1"] = witnesses[1],
        }).Started();

        Assert.Contains(web::AntiCor.Web.Jobs.AuditCheckpointJob.JobName, await node.Jobs().RunDueAsync());
        await node.DeliverMailAsync();
        // An hour later nothing changed: no checkpoint, so no letter.
        _time.Advance(TimeSpan.FromHours(1));
        await node.Jobs().RunDueAsync();
        await node.DeliverMailAsync();

        var stored = await node.QueryAsync(db => db.AuditCheckpoints.AsNoTracking().ToListAsync());
        var publicKey = node.Services.GetRequiredService<AuditKeys>().Signing.PublicKeyPem();
        Assert.NotEmpty(stored);
        foreach (var witness in witnesses)
        {
            var letters = TestMailServer.Shared.To(witness);
            Assert.Equal(stored.Count, letters.Count);
            var mailed = letters.SelectMany(l => CheckpointJson.Parse(JsonOf(l.TextBody ?? ""), publicKey)).ToList();
            Assert.All(mailed, c => Assert.NotNull(c.Signature));
            Assert.Equal(
                stored.Select(c => (c.ChainId, c.Count, c.HeadHash)).Order(),
                mailed.Select(c => (c.ChainId, c.Count, c.HeadHash)).Order());
        }
    }

    // The letter's text around the checkpoint JSON is for the people who keep it.
    private static string JsonOf(string body) => body[body.IndexOf('[', StringComparison.Ordinal)..(body.LastIndexOf(']') + 1)];
}
