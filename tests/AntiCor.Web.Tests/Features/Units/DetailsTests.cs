using System.Net;
using AntiCor.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace AntiCor.Web.Tests.Features.Units;

[Collection(AppCollection.Name)]
public sealed class DetailsTests(AntiCorFactory factory)
{
    [Fact]
    public async Task Unit_page_of_the_personnel_department_lists_the_measures_it_executes_with_links_back()
    {
        var (unitId, programmeId, expected) = await factory.QueryAsync(async db =>
        {
            var unit = await db.OrgUnits.Where(u => u.Name == "Відділ кадрової роботи").Select(u => u.Id).SingleAsync();
            var programme = await db.Programmes.Select(p => p.Id).SingleAsync();
            var numbers = await db.MeasureExecutors.Where(e => e.OrgUnitId == unit)
                .Join(db.Measures, e => e.MeasureId, m => m.Id, (e, m) => m.Number)
                .ToListAsync();
            return (unit, programme, numbers);
        });

        var page = await HtmlPage.GetAsync(factory.CreateClient(), $"/o/kropyvnytskyi/units/{unitId}");

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Equal("Відділ кадрової роботи", HtmlPage.Text(page.Single("h1")));
        Assert.Equal("Підрозділ", HtmlPage.Text(page.Single("[data-unit-kind]")));
        Assert.Contains("7.3", expected);
        var group = Assert.Single(page.All("section.unit-programme"));
        Assert.Equal(programmeId.ToString(), group.GetAttribute("data-programme"));
        var rows = group.QuerySelectorAll("tr[data-measure]").ToList();
        Assert.Equal(expected.Order(StringComparer.Ordinal), rows.Select(r => r.GetAttribute("data-measure")!).Order(StringComparer.Ordinal));
        var row73 = rows.Single(r => r.GetAttribute("data-measure") == "7.3");
        Assert.StartsWith($"/o/kropyvnytskyi/programmes/{programmeId}/measures/", row73.QuerySelector("th a")!.GetAttribute("href"));
        Assert.StartsWith("Забезпечити дотримання Загальних правил", HtmlPage.Text(row73.QuerySelector(".measure-text")!));
        Assert.Equal("2019-2020 роки", row73.QuerySelector("[data-term]")!.GetAttribute("data-term"));
        Assert.Equal(expected.Count.ToString(), HtmlPage.Text(page.Single("[data-measure-count]")));
    }

    [Fact]
    public async Task Coordinator_unit_page_shows_its_other_spellings_and_the_programme_it_coordinates()
    {
        var (unitId, aliases) = await factory.QueryAsync(async db =>
        {
            var unit = await db.Programmes.Select(p => p.CoordinatorUnit!).SingleAsync();
            return (unit.Id, unit.Aliases.Select(a => a.Text).ToList());
        });

        var page = await HtmlPage.GetAsync(factory.CreateClient(), $"/o/kropyvnytskyi/units/{unitId}");

        Assert.NotEmpty(aliases);
        Assert.Equal(aliases.Order(), page.All("[data-aliases] li").Select(HtmlPage.Text).Order());
        Assert.Single(page.All("[data-coordinates] li a"));
    }

    [Fact]
    public async Task Unknown_unit_id_answers_404_with_the_Ukrainian_not_found_page()
    {
        var page = await HtmlPage.GetAsync(factory.CreateClient(), $"/o/kropyvnytskyi/units/{Guid.NewGuid()}");

        Assert.Equal(HttpStatusCode.NotFound, page.Status);
        Assert.Equal("Сторінку не знайдено", HtmlPage.Text(page.Single("h1")));
    }
}
