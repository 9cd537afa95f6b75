using System.Net;
using AntiCor.Core.Domain;
using AntiCor.Core.Security;
using AntiCor.Web.Tests.Support;
using AntiCor.Web.Tests.Support.Accounts;
using Microsoft.EntityFrameworkCore;

namespace AntiCor.Web.Tests.Features.ReportingSetup;

/// <summary>The coordinator chooses another lead executor: the obligations' lead mark moves with it.</summary>
[Collection(ReportingSetupCollection.Name)]
public sealed class LeadTests(AntiCorFactory factory) : IAsyncLifetime
{
    public Task InitializeAsync() => factory.ResetAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    /// <summary>Audit rows about the measure or its executors (each executor is a record of its own).</summary>
    private async Task<int> AuditCountAsync(Guid measure)
    {
        var ids = await factory.QueryAsync(db => db.MeasureExecutors.Where(e => e.MeasureId == measure).Select(e => e.Id).ToListAsync());
        var keys = ids.Select(i => i.ToString()).Append(measure.ToString()).ToList();
        return await factory.QueryAsync(db => db.AuditEntries.CountAsync(a => keys.Contains(a.EntityId!)));
    }

    [Fact]
    public async Task A_new_lead_moves_the_lead_mark_of_the_measure_obligations()
    {
        var programme = await factory.ProgrammeIdAsync();
        var measure = await factory.QueryAsync(db => db.Measures
            .Where(m => m.Executors.Count(e => e.OrgUnit.Kind == ExecutorKind.Unit) >= 2)
            .Select(m => new { m.Id, m.Version, Units = m.Executors.Where(e => e.OrgUnit.Kind == ExecutorKind.Unit).OrderBy(e => e.Position).Select(e => new { e.OrgUnitId, e.IsLead }).ToList() })
            .FirstAsync());
        var newLead = measure.Units.First(u => !u.IsLead).OrgUnitId;
        var oldLead = measure.Units.Single(u => u.IsLead).OrgUnitId;
        var client = await factory.SignedInClientAsync(await factory.CreateAsync(Roles.Coordinator));
        var url = $"/programmes/{programme}/measures/{measure.Id}/lead";
        var audited = await AuditCountAsync(measure.Id);
        var page = await HtmlPage.GetAsync(client, url);
        Assert.Equal("checked", page.Single($"[data-executor='{oldLead}'] input").GetAttribute("checked"));

        var response = await client.PostFormAsync(url, new() { ["LeadId"] = newLead.ToString(), ["Version"] = page.Single("input[name=Version]").GetAttribute("value")! }, url);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var obligations = await factory.QueryAsync(db => db.Obligations.Where(o => o.MeasureId == measure.Id).Select(o => new { o.OrgUnitId, o.IsLead }).ToListAsync());
        Assert.NotEmpty(obligations);
        Assert.All(obligations.Where(o => o.OrgUnitId == newLead), o => Assert.True(o.IsLead));
        Assert.All(obligations.Where(o => o.OrgUnitId == oldLead), o => Assert.False(o.IsLead));
        Assert.True(await factory.QueryAsync(db => db.MeasureExecutors.AnyAsync(e => e.MeasureId == measure.Id && e.OrgUnitId == newLead && e.IsLead)));
        Assert.True(await AuditCountAsync(measure.Id) > audited);

        // The form opened before the change is now stale.
        var stale = await client.PostFormAsync(url, new() { ["LeadId"] = oldLead.ToString(), ["Version"] = measure.Version.ToString(System.Globalization.CultureInfo.InvariantCulture) }, url);
        Assert.Contains(StaleRecord.Message, System.Net.WebUtility.HtmlDecode(await stale.Content.ReadAsStringAsync()));
        Assert.True(await factory.QueryAsync(db => db.MeasureExecutors.AnyAsync(e => e.MeasureId == measure.Id && e.OrgUnitId == newLead && e.IsLead)));
    }

    [Fact]
    public async Task A_group_cannot_lead_and_nothing_changes()
    {
        var programme = await factory.ProgrammeIdAsync();
        var measure = await factory.QueryAsync(db => db.Measures
            .Where(m => m.Executors.Any(e => e.OrgUnit.Kind == ExecutorKind.Group))
            .Select(m => new { m.Id, m.Version, Group = m.Executors.First(e => e.OrgUnit.Kind == ExecutorKind.Group).OrgUnitId })
            .FirstAsync());
        var client = await factory.SignedInClientAsync(await factory.CreateAsync(Roles.Coordinator));
        var url = $"/programmes/{programme}/measures/{measure.Id}/lead";

        var response = await client.PostFormAsync(url, new() { ["LeadId"] = measure.Group.ToString(), ["Version"] = measure.Version.ToString(System.Globalization.CultureInfo.InvariantCulture) }, url);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Головним виконавцем може бути лише підрозділ", System.Net.WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()));
        Assert.Equal(measure.Version, await factory.QueryAsync(db => db.Measures.Where(m => m.Id == measure.Id).Select(m => m.Version).SingleAsync()));
    }
}
