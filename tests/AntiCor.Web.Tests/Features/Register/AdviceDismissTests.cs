using System.Net;
using AntiCor.Core.Security;
using AntiCor.Web.Tests.Support;
using AntiCor.Web.Tests.Support.Accounts;
using Microsoft.EntityFrameworkCore;

namespace AntiCor.Web.Tests.Features.Register;

/// <summary>Advice on measures that would be hard to measure: the coordinator sees it beside the measure and dismisses it with a reason; the public never sees it.</summary>
[Collection(AppCollection.Name)]
public sealed class AdviceDismissTests(AntiCorFactory factory)
{
    [Fact]
    public async Task The_coordinator_dismisses_advice_with_a_reason_and_it_is_gone_from_that_measure_only()
    {
        var programme = await factory.QueryAsync(db => db.Programmes.Where(p => p.Organization.Slug == AntiCor.Core.Seed.SeedProgramme.OrganizationSlug).Select(p => p.Id).FirstAsync());
        var page = $"/o/{AntiCor.Core.Seed.SeedProgramme.OrganizationSlug}/programmes/{programme}";
        var coordinator = await factory.SignedInClientAsync(await factory.CreateAsync(Roles.Coordinator));

        // The seed order names no indicators: its measures are advised to get one.
        var before = await HtmlPage.GetAsync(coordinator, page);
        var advised = before.All("tr[data-measure] [data-advice='NotMeasurable']");
        Assert.True(advised.Count > 1, "the seed's measures have neither indicators nor expected results");
        var link = advised[0].QuerySelector("a[data-dismiss-advice]")!.GetAttribute("href")!;
        var row = advised[0].Closest("tr[data-measure]")!.GetAttribute("data-measure")!;
        Assert.Empty((await HtmlPage.GetAsync(factory.NewClient(), page)).All("[data-measure-advice]"));

        // Bad input: no reason is refused in words, and nothing is stored.
        var count = await factory.QueryAsync(db => db.MeasureAdviceDismissals.CountAsync());
        var refused = await coordinator.PostFormAsync(link, new() { ["Reason"] = " " });
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("Напишіть, чому ця порада не стосується заходу.", await refused.Content.ReadAsStringAsync());
        Assert.Equal(count, await factory.QueryAsync(db => db.MeasureAdviceDismissals.CountAsync()));

        var dismissed = await coordinator.PostFormAsync(link, new() { ["Reason"] = "Показник визначено в окремому плані заходів департаменту" });
        Assert.Equal(HttpStatusCode.Redirect, dismissed.StatusCode);
        Assert.EndsWith($"#measure-{row}", dismissed.Headers.Location!.ToString(), StringComparison.Ordinal);

        var after = await HtmlPage.GetAsync(coordinator, page);
        Assert.Null(after.Document.QuerySelector($"tr[data-measure='{row}'] [data-advice='NotMeasurable']"));
        Assert.Equal(advised.Count - 1, after.All("tr[data-measure] [data-advice='NotMeasurable']").Count);
        var stored = await factory.QueryAsync(db => db.MeasureAdviceDismissals.IgnoreQueryFilters().OrderBy(d => d.Id).LastAsync());
        Assert.Equal("Показник визначено в окремому плані заходів департаменту", stored.Reason);
        Assert.True(await factory.QueryAsync(db => db.AuditEntries.AnyAsync(a => a.EntityType == "MeasureAdviceDismissal" && a.EntityId == stored.Id.ToString())));
    }
}
