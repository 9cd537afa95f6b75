using System.Net;
using AntiCor.Web.Tests.Support;
using AntiCor.Web.Tests.Support.Accounts;
using Microsoft.EntityFrameworkCore;

namespace AntiCor.Web.Tests.Features.Programmes;

[Collection(AppCollection.Name)]
public sealed class DetailsTests(AntiCorFactory factory)
{
    // The annex of order No. 98: directions 1-9 and their measures, as numbered in the document.
    private static readonly string[] SeedMeasureNumbers =
    [
        "1.1", "1.2", "1.3", "1.4", "1.5", "1.6", "1.7", "1.8",
        "2.1",
        "3.1", "3.2",
        "4.1",
        "5.1",
        "6.1", "6.2",
        "7.1", "7.2", "7.3", "7.4", "7.5", "7.6", "7.7",
        "8.1",
        "9.1", "9.2", "9.3",
    ];

    [Fact]
    public async Task Programme_page_shows_every_measure_of_the_seed_under_its_direction()
    {
        var page = await OpenSeedProgrammeAsync();

        Assert.Equal(HttpStatusCode.OK, page.Status);
        var numbers = page.All("tr[data-measure]").Select(r => r.GetAttribute("data-measure")).ToList();
        Assert.Equal(SeedMeasureNumbers.Order(StringComparer.Ordinal), numbers.Order(StringComparer.Ordinal));
        foreach (var number in SeedMeasureNumbers)
        {
            var row = page.Single($"tr[data-measure='{number}']");
            Assert.Equal($"measure-{number}", row.Id);
            Assert.Equal(number, HtmlPage.Text(row.QuerySelector("th[scope=row]")!));
            var direction = row.Closest("section.direction")!;
            Assert.Equal($"direction-{number.Split('.')[0]}", direction.Id);
        }

        Assert.Equal(9, page.All("section.direction").Count);
    }

    [Fact]
    public async Task Measure_7_3_shows_its_text_original_term_with_reading_and_linked_executors()
    {
        var page = await OpenSeedProgrammeAsync();
        var row = page.Single("tr[data-measure='7.3']");

        Assert.StartsWith(
            "Забезпечити дотримання Загальних правил етичної поведінки державних службовців",
            HtmlPage.Text(row.QuerySelector(".measure-text")!));
        var term = row.QuerySelector("[data-term]")!;
        Assert.Equal("2019-2020 роки", term.GetAttribute("data-term"));
        Assert.Equal("2019-2020 роки", HtmlPage.Text(term.QuerySelector(".term-text")!));
        Assert.Equal("період 01.01.2019–31.12.2020", HtmlPage.Text(term.QuerySelector(".term-reading")!));

        var executors = row.QuerySelectorAll("[data-executors] li").ToList();
        Assert.Equal(
            ["Відділ кадрової роботи", "Керівники виконавчих органів"],
            executors.Select(li => HtmlPage.Text(li.QuerySelector("a")!)));
        Assert.Equal("Group", executors[1].GetAttribute("data-executor-kind"));
        Assert.Contains("група", HtmlPage.Text(executors[1]));

        var unitIds = await factory.QueryAsync(db => db.OrgUnits
            .Where(u => u.Name == "Відділ кадрової роботи" || u.Name == "Керівники виконавчих органів")
            .ToDictionaryAsync(u => u.Name, u => u.Id));
        Assert.Equal($"/o/kropyvnytskyi/units/{unitIds["Відділ кадрової роботи"]}", executors[0].QuerySelector("a")!.GetAttribute("href"));
        Assert.Equal($"/o/kropyvnytskyi/units/{unitIds["Керівники виконавчих органів"]}", executors[1].QuerySelector("a")!.GetAttribute("href"));
    }

    [Fact]
    public async Task External_executor_taking_part_by_consent_is_marked_za_zghodoiu()
    {
        var page = await OpenSeedProgrammeAsync();

        var council = page.Single("tr[data-measure='6.2'] [data-executor-kind='External']");
        Assert.Equal("Громадська рада", HtmlPage.Text(council.QuerySelector("a")!));
        Assert.Contains("(за згодою)", HtmlPage.Text(council));
    }

    [Fact]
    public async Task Measures_needing_review_carry_a_visible_mark_for_staff_and_no_other_measure_does()
    {
        var expected = await factory.QueryAsync(db => db.Measures.Where(m => m.NeedsReview).Select(m => m.Number).ToListAsync());
        var page = await OpenSeedProgrammeAsync(staff: true);

        Assert.NotEmpty(expected);
        foreach (var row in page.All("tr[data-measure]"))
        {
            var number = row.GetAttribute("data-measure")!;
            var needsReview = expected.Contains(number);
            Assert.Equal(needsReview ? "true" : "false", row.GetAttribute("data-needs-review"));
            var mark = row.QuerySelector("[data-review-mark]");
            if (needsReview)
            {
                Assert.NotNull(mark);
                Assert.Equal("Потребує перевірки", HtmlPage.Text(mark).TrimStart('⚠', ' '));
            }
            else
            {
                Assert.Null(mark);
            }
        }
    }

    [Fact]
    public async Task Warnings_show_staff_beside_their_measure_and_programme_wide_ones_in_the_box_above()
    {
        var warnings = await factory.QueryAsync(db => db.ProgrammeWarnings.Select(w => new { w.MeasureNumber, w.Message }).ToListAsync());
        var page = await OpenSeedProgrammeAsync(staff: true);

        var programmeWide = warnings.Where(w => w.MeasureNumber is null).Select(w => w.Message).Order().ToList();
        Assert.NotEmpty(programmeWide);
        Assert.Equal(programmeWide, page.All("[data-programme-warnings] li").Select(li => li.TextContent.Trim()).Order());
        Assert.True(
            page.Single("[data-programme-warnings]").CompareDocumentPosition(page.Single("section.direction"))
                .HasFlag(AngleSharp.Dom.DocumentPositions.Following),
            "The programme's warnings come before its directions.");

        var byMeasure = warnings.Where(w => w.MeasureNumber is not null).GroupBy(w => w.MeasureNumber!).ToList();
        Assert.NotEmpty(byMeasure);
        foreach (var group in byMeasure)
        {
            var shown = page.All($"tr[data-measure='{group.Key}'] [data-measure-warnings] li").Select(li => li.TextContent.Trim()).Order();
            Assert.Equal(group.Select(w => w.Message).Order(), shown);
        }
    }

    [Fact]
    public async Task Programme_page_states_legal_basis_parent_period_coordinator_and_reporting_rule_in_words()
    {
        var coordinatorId = await factory.QueryAsync(db => db.Programmes.Select(p => p.CoordinatorUnitId).SingleAsync());
        var page = await OpenSeedProgrammeAsync();

        Assert.StartsWith("Міські заходи щодо запобігання корупційним правопорушенням", HtmlPage.Text(page.Single("h1")));
        Assert.Equal("Розпорядження № 98 від 12.08.2019", HtmlPage.Text(page.Single("[data-act]")));
        Assert.Contains("Олександр МОСІН", HtmlPage.Text(page.Single("[data-signatory]")));
        Assert.Contains("№ 867-р", HtmlPage.Text(page.Single("[data-parent]")));
        Assert.Equal("01.01.2019–31.12.2020", HtmlPage.Text(page.Single("[data-period]")));
        var coordinator = page.Single("[data-coordinator] a");
        Assert.StartsWith("Відділ з питань запобігання і виявлення корупції", HtmlPage.Text(coordinator));
        Assert.Equal($"/o/kropyvnytskyi/units/{coordinatorId}", coordinator.GetAttribute("href"));
        var reporting = HtmlPage.Text(page.Single("[data-reporting]"));
        Assert.StartsWith("щокварталу до 25 числа", reporting);
        Assert.Contains("документ не визначає", reporting);
    }

    [Fact]
    public async Task Unknown_programme_id_answers_404_with_the_Ukrainian_not_found_page()
    {
        var page = await HtmlPage.GetAsync(factory.CreateClient(), $"/o/kropyvnytskyi/programmes/{Guid.NewGuid()}");

        Assert.Equal(HttpStatusCode.NotFound, page.Status);
        Assert.Equal("Сторінку не знайдено", HtmlPage.Text(page.Single("h1")));
    }

    /// <summary>The seed's programme page, as the public sees it or (<paramref name="staff"/>) as an executor of the city does, with the importer's doubts.</summary>
    private async Task<HtmlPage> OpenSeedProgrammeAsync(bool staff = false)
    {
        var id = await factory.QueryAsync(db => db.Programmes.Select(p => p.Id).SingleAsync());
        var client = staff ? await factory.SignedInClientAsync(await factory.CreateAsync(AntiCor.Core.Security.Roles.Executor)) : factory.CreateClient();
        return await HtmlPage.GetAsync(client, $"/o/kropyvnytskyi/programmes/{id}");
    }
}
