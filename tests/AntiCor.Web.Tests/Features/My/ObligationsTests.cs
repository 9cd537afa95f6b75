using System.Net;
using AntiCor.Core.Security;
using AntiCor.Web.Tests.Support;
using AntiCor.Web.Tests.Support.Accounts;
using Microsoft.EntityFrameworkCore;

namespace AntiCor.Web.Tests.Features.My;

[Collection(AppCollection.Name)]
public sealed class ObligationsTests(AntiCorFactory factory)
{
    [Fact]
    public async Task An_executor_sees_the_measures_of_their_unit_and_is_refused_another_units_by_id()
    {
        var unitA = await factory.UnitIdAsync("Відділ кадрової роботи");
        var unitB = await factory.QueryAsync(db => db.OrgUnits.Where(u => u.Id != unitA && db.MeasureExecutors.Any(e => e.OrgUnitId == u.Id)).Select(u => u.Id).FirstAsync());
        var expected = await factory.QueryAsync(db => db.MeasureExecutors.Where(e => e.OrgUnitId == unitA)
            .Join(db.Measures, e => e.MeasureId, m => m.Id, (e, m) => m.Number).ToListAsync());
        var executor = await factory.CreateAsync(Roles.Executor, [unitA]);
        var client = await factory.SignedInClientAsync(executor);

        var mine = await HtmlPage.GetAsync(client, "/my/obligations");
        var one = await HtmlPage.GetAsync(client, $"/my/obligations/{unitA}");
        var other = await client.GetAsync($"/my/obligations/{unitB}");

        Assert.Equal(HttpStatusCode.OK, mine.Status);
        var section = Assert.Single(mine.All("section[data-unit]"));
        Assert.Equal(unitA.ToString(), section.GetAttribute("data-unit"));
        Assert.Equal(expected.Order(StringComparer.Ordinal), section.QuerySelectorAll("tr[data-measure]").Select(r => r.GetAttribute("data-measure")!).Order(StringComparer.Ordinal));
        Assert.Equal(HttpStatusCode.OK, one.Status);
        Assert.Equal(HttpStatusCode.Forbidden, other.StatusCode);
    }
}
