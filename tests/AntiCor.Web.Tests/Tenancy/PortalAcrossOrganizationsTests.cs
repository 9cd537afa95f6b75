using System.Net;
using AntiCor.Core.Security;
using AntiCor.Web.Tests.Support;
using AntiCor.Web.Tests.Support.Accounts;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace AntiCor.Web.Tests.Tenancy;

/// <summary>The portal across organisations: the side-by-side page, and a draft seen only by its own organisation's staff.</summary>
[Collection(TwoOrganizationsCollection.Name)]
public sealed class PortalAcrossOrganizationsTests(TwoOrganizations two)
{
    private AntiCorFactory Factory => two.Factory;

    [Fact]
    public async Task The_organisations_page_lists_both_with_their_measures_sorted_either_way_and_linked()
    {
        var client = Factory.NewClient();
        var measures = await Factory.QueryAsync(db => db.Measures.IgnoreQueryFilters().GroupBy(m => m.OrganizationId).ToDictionaryAsync(g => g.Key, g => g.Count()));

        var ascending = await HtmlPage.GetAsync(client, "/organizations/progress?sort=name");
        var descending = await HtmlPage.GetAsync(client, "/organizations/progress?sort=name&desc=true");

        Assert.Equal(HttpStatusCode.OK, ascending.Status);
        var order = ascending.All("tr[data-organization]").Select(r => r.GetAttribute("data-organization")!).ToList();
        Assert.Equal([two.City.Slug, two.Village.Slug], order.Order(StringComparer.Ordinal));
        Assert.Equal(order.AsEnumerable().Reverse(), descending.All("tr[data-organization]").Select(r => r.GetAttribute("data-organization")!));
        var village = ascending.Single($"tr[data-organization='{two.Village.Slug}']");
        Assert.Equal(measures[two.Village.Organization].ToString(System.Globalization.CultureInfo.InvariantCulture), HtmlPage.Text(village.QuerySelector("[data-measures]")!));
        Assert.Equal($"/o/{two.Village.Slug}", village.QuerySelector("a")!.GetAttribute("href"));
    }

    [Fact]
    public async Task A_draft_of_the_village_is_hidden_from_the_citys_staff_and_the_public_but_not_from_the_villages_staff()
    {
        var villageAuditor = await Factory.SignedInClientAsync(await Factory.CreateAsync(Roles.Auditor, organization: two.Village.Organization));
        var cityAuditor = await Factory.SignedInClientAsync(await Factory.CreateAsync(Roles.Auditor));
        var url = $"/o/{two.Village.Slug}/programmes/{two.Village.Programme}";
        await SetPublishedAsync(false);
        try
        {
            Assert.Equal(HttpStatusCode.NotFound, (await Factory.NewClient().GetAsync(url)).StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, (await cityAuditor.GetAsync(url)).StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, (await cityAuditor.GetAsync(url + "/export/csv")).StatusCode);
            Assert.Equal(HttpStatusCode.OK, (await villageAuditor.GetAsync(url)).StatusCode);
            Assert.Equal(HttpStatusCode.OK, (await villageAuditor.GetAsync(url + "/export/csv")).StatusCode);
            var list = await HtmlPage.GetAsync(Factory.NewClient(), "/organizations/progress");
            Assert.Empty(list.All($"tr[data-organization='{two.Village.Slug}']"));
        }
        finally
        {
            await SetPublishedAsync(true);
        }
    }

    private async Task SetPublishedAsync(bool published)
    {
        await using var scope = Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AntiCor.Core.Data.AppDbContext>();
        var programme = await db.Programmes.IgnoreQueryFilters().SingleAsync(p => p.Id == two.Village.Programme);
        if (published)
        {
            programme.Publish(new DateTime(2020, 1, 1, 0, 0, 0, DateTimeKind.Utc));
        }
        else
        {
            programme.Unpublish();
        }

        await db.SaveChangesAsync();
    }
}
