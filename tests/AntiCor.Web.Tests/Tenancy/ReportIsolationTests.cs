using System.Net;
using AntiCor.Core.Security;
using AntiCor.Web.Tests.Features.My;
using AntiCor.Web.Tests.Support.Accounts;
using Microsoft.EntityFrameworkCore;

namespace AntiCor.Web.Tests.Tenancy;

/// <summary>Reports across organisations: another organisation's obligation does not exist for the city's executors.</summary>
[Collection(TwoOrganizationsCollection.Name)]
public sealed class ReportIsolationTests(TwoOrganizations two)
{
    [Fact]
    public async Task Another_organisations_obligation_is_not_found_even_for_an_executor_bound_to_its_unit()
    {
        var app = two.Factory;
        var foreign = await app.QueryAsync(db => db.Obligations.Where(o => o.OrganizationId == two.Village.Organization)
            .Select(o => new TestObligation(o.Id, o.OrgUnitId, o.MeasureId, o.PeriodId)).FirstAsync());
        var client = await app.SignedInClientAsync(await app.CreateAsync(Roles.Executor, [foreign.UnitId]));

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(foreign.FormUrl)).StatusCode);
        var hidden = new Dictionary<string, string> { ["__RequestVerificationToken"] = await TestUsers.AntiforgeryTokenAsync(client, "/account/change-password") };
        Assert.Equal(HttpStatusCode.NotFound, (await Workspace.PostAsync(client, foreign.FormUrl, "Submit", hidden, Workspace.Done())).StatusCode);
        Assert.Empty(await app.ReportsAsync(foreign.Id));
    }
}
