using AntiCor.Core.Audit;
using AntiCor.Core.Data;
using AntiCor.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace AntiCor.Web.Tests.Audit;

/// <summary>
/// Saves of one organisation at the same moment, each in its own unit of work as concurrent requests
/// are: the chain must come out whole, every row once, numbered without a gap or a repeat. On
/// PostgreSQL this proves that the head is read only after the chain's lock is held.
/// </summary>
public sealed class ConcurrentAppendTests : IAsyncLifetime
{
    private const int Writers = 8;
    private const int SavesEach = 6;
    private const int EventsPerSave = 2;

    private readonly AntiCorFactory _app = new();

    public Task InitializeAsync() => _app.InitializeAsync();

    public Task DisposeAsync() => ((IAsyncLifetime)_app).DisposeAsync();

    [Fact]
    public async Task Eight_writers_of_one_organisation_and_of_the_deployment_leave_both_chains_whole()
    {
        var organization = await _app.QueryAsync(db => db.Organizations.Select(o => o.Id).FirstAsync());
        var before = await CountsAsync(organization);

        // Half the writers append to the organisation's chain, half to the deployment's.
        await Task.WhenAll(Enumerable.Range(0, Writers).Select(w => Task.Run(async () =>
        {
            for (var s = 0; s < SavesEach; s++)
            {
                await using var scope = _app.Services.CreateAsyncScope();
                var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
                for (var e = 0; e < EventsPerSave; e++)
                {
                    db.RecordAudit(new AuditEvent(AuditActions.Exported, "Test", $"{w}-{s}-{e}", null)
                    {
                        OrganizationId = w % 2 == 0 ? organization : null,
                    });
                }

                await db.SaveChangesAsync();
            }
        })));

        var after = await CountsAsync(organization);
        var appendedToEach = Writers / 2 * SavesEach * EventsPerSave;
        Assert.Equal(before.Organization + appendedToEach, after.Organization);
        Assert.Equal(before.Deployment + appendedToEach, after.Deployment);
        foreach (var chain in new[] { organization, AuditEntry.SystemChain })
        {
            var rows = await _app.QueryAsync(db => db.AuditEntries.AsNoTracking().Where(a => a.ChainId == chain).OrderBy(a => a.Sequence).ToListAsync());
            var verification = AuditChainVerifier.Verify(rows);
            Assert.True(verification.IsIntact, $"{chain}: {verification.Reason} at {verification.BrokenAt}");
            Assert.Equal(rows.Count, verification.Verified);
        }
    }

    private Task<(int Organization, int Deployment)> CountsAsync(Guid organization) => _app.QueryAsync(async db =>
        (await db.AuditEntries.CountAsync(a => a.ChainId == organization), await db.AuditEntries.CountAsync(a => a.ChainId == AuditEntry.SystemChain)));
}
