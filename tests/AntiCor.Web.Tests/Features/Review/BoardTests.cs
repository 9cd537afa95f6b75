extern alias web;

using System.Net;
using AntiCor.Core.Reporting;
using AntiCor.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace AntiCor.Web.Tests.Features.Review;

/// <summary>The period board over periods prepared through the domain: counts per state, filters, the status rule, the period list.</summary>
[Collection(ReviewCollection.Name)]
public sealed class BoardTests(ReviewApp fixture)
{
    private Task<HttpClient> CoordinatorAsync() => fixture.CoordinatorAsync();

    private static int CountOf(HtmlPage page, string state) => int.Parse(page.Single($"li[data-count='{state}'] strong").TextContent);

    [Fact]
    public async Task The_board_counts_each_state_and_filters_by_state_unit_and_direction_in_a_period_not_yet_due()
    {
        var programme = await fixture.ProgrammeIdAsync();
        var o = await fixture.ObligationsAsync("2020Q2");
        await fixture.SubmitAsync(o[0].Id);
        await fixture.DraftAsync(o[1].Id);
        await fixture.SubmitAsync(o[2].Id);
        await fixture.AcceptAsync(o[2].Id);
        await fixture.SubmitAsync(o[3].Id);
        await fixture.ReturnAsync(o[3].Id);
        var client = await CoordinatorAsync();
        var url = $"/programmes/{programme}/periods/2020Q2";

        var board = await HtmlPage.GetAsync(client, url);

        Assert.Equal(HttpStatusCode.OK, board.Status);
        Assert.Equal(o.Count - 4, CountOf(board, "missing"));
        Assert.Equal((1, 1, 0, 1, 1), (CountOf(board, "draft"), CountOf(board, "submitted"), CountOf(board, "late"), CountOf(board, "returned"), CountOf(board, "accepted")));
        Assert.Equal(o.Count, board.All("li[data-cell]").Count);
        Assert.Equal("submitted", board.Single($"li[data-cell='{o[0].Id}']").GetAttribute("data-state"));
        Assert.Equal("draft", board.Single($"li[data-cell='{o[1].Id}']").GetAttribute("data-state"));
        Assert.Equal("25.07.2020", board.Single("[data-due]").TextContent);
        // A cell with a submitted report links to its review; a draft is not the department's to read.
        Assert.NotNull(board.Document.QuerySelector($"li[data-cell='{o[0].Id}'] a[href^='/reports/']"));
        Assert.Null(board.Document.QuerySelector($"li[data-cell='{o[1].Id}'] a"));

        var accepted = await HtmlPage.GetAsync(client, url + "?state=accepted");
        var cell = Assert.Single(accepted.All("li[data-cell]"));
        Assert.Equal(o[2].Id.ToString(), cell.GetAttribute("data-cell"));
        // The accepted «Виконано» report gives the measure its status.
        Assert.Equal(ReportingWords.Of(MeasureStatus.Done), HtmlPage.Text(accepted.Single("tr[data-measure] td[data-status]")));

        var byUnit = await HtmlPage.GetAsync(client, $"{url}?unit={o[0].OrgUnitId}");
        Assert.Equal(o.Count(x => x.OrgUnitId == o[0].OrgUnitId), byUnit.All("li[data-cell]").Count);
        Assert.All(byUnit.All("li[data-cell]"), c => Assert.Equal(o[0].OrgUnitId.ToString(), c.GetAttribute("data-unit")));

        var direction = await fixture.App.QueryAsync(db => db.Measures.Where(m => m.Id == o[0].MeasureId).Select(m => m.DirectionId).SingleAsync());
        var inDirection = await fixture.App.QueryAsync(db => db.Measures.Where(m => m.DirectionId == direction).Select(m => m.Id).ToListAsync());
        var byDirection = await HtmlPage.GetAsync(client, $"{url}?direction={direction}");
        Assert.Equal(o.Count(x => inDirection.Contains(x.MeasureId)), byDirection.All("li[data-cell]").Count);
        Assert.Equal(inDirection.Count(m => o.Any(x => x.MeasureId == m)), byDirection.All("tr[data-measure]").Count);
    }

    [Fact]
    public async Task The_board_is_paged_by_measure_with_every_executor_of_a_measure_on_one_page_and_the_counts_over_all_pages()
    {
        var o = await fixture.ObligationsAsync("2020Q3");
        var today = new DateOnly(2020, 8, 1);

        var (first, second, all) = await fixture.App.QueryAsync(async db =>
        {
            var period = await db.ReportingPeriods.SingleAsync(p => p.Key == "2020Q3");
            var paged = new web::AntiCor.Web.Features.Review.BoardQuery(db, measuresPerPage: 5);
            return (await paged.RunAsync(period, new(null, null, null, Page: 1), today, default),
                await paged.RunAsync(period, new(null, null, null, Page: 2), today, default),
                await new web::AntiCor.Web.Features.Review.BoardQuery(db).RunAsync(period, new(null, null, null), today, default));
        });

        var measures = o.Select(x => x.MeasureId).Distinct().Count();
        Assert.Equal((int)Math.Ceiling(measures / 5.0), first.PageCount);
        Assert.Equal(5, first.Rows.Count);
        Assert.Equal(all.Rows.Skip(5).Take(5).Select(r => r.MeasureId), second.Rows.Select(r => r.MeasureId));
        Assert.All(first.Rows, r => Assert.Equal(o.Count(x => x.MeasureId == r.MeasureId), r.Cells.Count));
        Assert.Equal(all.Counts, first.Counts);
        Assert.Equal(o.Count, all.Rows.Sum(r => r.Cells.Count));
    }

    [Fact]
    public async Task Past_the_due_date_a_late_submission_and_a_missing_report_both_count_as_late()
    {
        var programme = await fixture.ProgrammeIdAsync();
        var o = await fixture.ObligationsAsync("2019Q4");
        await fixture.SubmitAsync(o[0].Id);
        await fixture.SubmitAsync(o[1].Id, at: new DateTimeOffset(2020, 1, 20, 9, 0, 0, TimeSpan.Zero));
        var client = await CoordinatorAsync();

        var board = await HtmlPage.GetAsync(client, $"/programmes/{programme}/periods/2019Q4");
        var late = await HtmlPage.GetAsync(client, $"/programmes/{programme}/periods/2019Q4?state=late");

        Assert.Equal((0, 0, 1, o.Count - 1), (CountOf(board, "missing"), CountOf(board, "draft"), CountOf(board, "submitted"), CountOf(board, "late")));
        Assert.Equal("late", board.Single($"li[data-cell='{o[0].Id}']").GetAttribute("data-state"));
        Assert.Equal("submitted", board.Single($"li[data-cell='{o[1].Id}']").GetAttribute("data-state"));
        Assert.Equal(o.Count - 1, late.All("li[data-cell]").Count);
        Assert.All(late.All("li[data-cell]"), c => Assert.Equal("late", c.GetAttribute("data-state")));
    }

    [Fact]
    public async Task The_period_list_shows_each_period_with_its_dates_due_date_and_counts()
    {
        var programme = await fixture.ProgrammeIdAsync();
        var total = (await fixture.ObligationsAsync("2020Q1")).Count;
        var client = await CoordinatorAsync();

        var page = await HtmlPage.GetAsync(client, $"/programmes/{programme}/periods");

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Equal(["2019Q3", "2019Q4", "2020Q1", "2020Q2", "2020Q3", "2020Q4"], page.All("tr[data-period]").Select(r => r.GetAttribute("data-period")));
        var q1 = page.Single("tr[data-period='2020Q1']");
        Assert.Contains("I квартал 2020 року", q1.TextContent);
        Assert.Contains("01.01.2020–31.03.2020", q1.TextContent);
        Assert.Equal("25.04.2020", q1.QuerySelector("[data-due]")!.TextContent);
        Assert.Equal(total.ToString(System.Globalization.CultureInfo.InvariantCulture), q1.QuerySelector("[data-total]")!.TextContent);
    }

    [Fact]
    public async Task A_period_that_does_not_exist_is_not_found()
    {
        var programme = await fixture.ProgrammeIdAsync();
        var client = await CoordinatorAsync();
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/programmes/{programme}/periods/2031Q7")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/programmes/{programme}/periods/2025Q1")).StatusCode);
    }
}
