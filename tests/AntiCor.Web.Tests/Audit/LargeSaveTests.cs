using AntiCor.Core.Audit;
using AntiCor.Core.Data;
using AntiCor.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace AntiCor.Web.Tests.Audit;

/// <summary>
/// One save with more audit rows than one statement carries (an import, a bulk change): on
/// PostgreSQL the rows go a hundred to a statement, the same statement again and again, which
/// Npgsql prepares automatically from its second use. Every row must be stored once, with its own
/// values, and the chain must verify.
/// </summary>
public sealed class LargeSaveTests : IAsyncLifetime
{
    // Three full statements of a hundred and a shorter last one.
    private const int Events = 350;

    private readonly AntiCorFactory _app = new();

    public Task InitializeAsync() => _app.InitializeAsync();

    public Task DisposeAsync() => ((IAsyncLifetime)_app).DisposeAsync();

    [Fact]
    public async Task A_save_of_350_audited_events_stores_each_once_and_the_chain_verifies()
    {
        var organization = await _app.QueryAsync(db => db.Organizations.Select(o => o.Id).FirstAsync());
        var before = await _app.QueryAsync(db => db.AuditEntries.CountAsync(a => a.ChainId == organization));

        await using (var scope = _app.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            for (var e = 0; e < Events; e++)
            {
                db.RecordAudit(new AuditEvent(AuditActions.Exported, "Test", $"large-{e}", null) { OrganizationId = organization });
            }

            await db.SaveChangesAsync();
        }

        var rows = await _app.QueryAsync(db => db.AuditEntries.AsNoTracking().Where(a => a.ChainId == organization).OrderBy(a => a.Sequence).ToListAsync());
        Assert.Equal(before + Events, rows.Count);
        Assert.Equal(Enumerable.Range(0, Events).Select(e => $"large-{e}"), rows.Skip(before).Select(r => r.EntityId));
        var verification = AuditChainVerifier.Verify(rows);
        Assert.True(verification.IsIntact, $"{verification.Reason} at {verification.BrokenAt}");
        Assert.Equal(rows.Count, verification.Verified);
    }
}
