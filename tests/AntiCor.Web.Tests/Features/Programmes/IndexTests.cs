using System.Net;
using AntiCor.Web.Tests.Support;
using AntiCor.Web.Tests.Support.Accounts;
using Microsoft.EntityFrameworkCore;

namespace AntiCor.Web.Tests.Features.Programmes;

[Collection(AppCollection.Name)]
public sealed class IndexTests(AntiCorFactory factory)
{
    [Fact]
    public async Task Home_page_lists_the_seeded_programme_with_its_act_period_and_counts()
    {
        var expected = await factory.QueryAsync(db => db.Programmes.Select(p => new
        {
            p.Id,
            p.Title,
            Measures = p.Directions.SelectMany(d => d.Measures).Count(),
            NeedsReview = p.Directions.SelectMany(d => d.Measures).Count(m => m.NeedsReview),
        }).SingleAsync());

        var page = await HtmlPage.GetAsync(factory.CreateClient(), "/");

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Equal("uk", page.Document.DocumentElement.GetAttribute("lang"));
        var row = Assert.Single(page.All("tr[data-programme]"));
        var link = row.QuerySelector("a")!;
        Assert.Equal(expected.Title, HtmlPage.Text(link));
        Assert.Equal($"/o/kropyvnytskyi/programmes/{expected.Id}", link.GetAttribute("href"));
        var cells = row.QuerySelectorAll("td").Select(HtmlPage.Text).ToList();
        Assert.Equal("Розпорядження № 98 від 12.08.2019", cells[0]);
        Assert.Equal("01.01.2019–31.12.2020", cells[1]);
        Assert.Equal(expected.Measures.ToString(), HtmlPage.Text(row.QuerySelector("[data-measure-count]")!));
        Assert.True(expected.NeedsReview > 0, "The seed is known to have measures that need review.");

        // The importer's doubts are for staff: the public list has no column for them.
        Assert.Null(row.QuerySelector("[data-needs-review-count]"));
        var staff = await factory.SignedInClientAsync(await factory.CreateAsync(AntiCor.Core.Security.Roles.Executor));
        var staffRow = (await HtmlPage.GetAsync(staff, "/o/kropyvnytskyi")).Single($"tr[data-programme='{expected.Id}']");
        Assert.Equal(expected.NeedsReview.ToString(), HtmlPage.Text(staffRow.QuerySelector("[data-needs-review-count]")!));
    }
}
