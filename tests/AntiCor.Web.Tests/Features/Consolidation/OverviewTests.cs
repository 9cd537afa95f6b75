using System.Net;
using AntiCor.Core.Security;
using AntiCor.Web.Tests.Support;
using AntiCor.Web.Tests.Support.Accounts;
using DocumentFormat.OpenXml.Packaging;
using Microsoft.EntityFrameworkCore;

namespace AntiCor.Web.Tests.Features.Consolidation;

/// <summary>The head's view and the consolidated downloads on the seed (read-only: reports are prepared in the Core-level tests).</summary>
[Collection(AppCollection.Name)]
public sealed class OverviewTests(AntiCorFactory factory)
{
    private Task<Guid> ProgrammeAsync() => factory.QueryAsync(db => db.Programmes.Select(p => p.Id).FirstAsync());

    [Fact]
    public async Task The_head_sees_the_period_as_an_svg_chart_with_a_data_table_and_the_rates()
    {
        var id = await ProgrammeAsync();
        var head = await factory.SignedInClientAsync(await factory.CreateAsync(Roles.Head));

        var page = await HtmlPage.GetAsync(head, $"/programmes/{id}/overview?period=2020Q1");

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Contains("I квартал 2020 року", page.Single("h1").TextContent);
        var svg = page.Single("svg[data-status-chart]");
        Assert.NotEmpty(svg.QuerySelectorAll("rect[data-status]"));
        Assert.NotEmpty(page.All("table[data-directions] tr[data-direction]"));
        Assert.NotEmpty(page.All("table[data-rates] tr[data-unit]"));
        Assert.Contains("Втратив актуальність", page.Single("p.hint").TextContent);
        Assert.NotNull(page.Single("a[href$='/reports/2020H1.docx']"));
    }

    [Fact]
    public async Task An_unknown_period_falls_back_to_the_current_one_with_a_notice()
    {
        var id = await ProgrammeAsync();
        var head = await factory.SignedInClientAsync(await factory.CreateAsync(Roles.Coordinator));

        var page = await HtmlPage.GetAsync(head, $"/programmes/{id}/overview?period=2031Q7");

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Contains("Такого періоду в програмі немає", page.Single("[data-notice]").TextContent);
    }

    [Fact]
    public async Task The_coordinator_downloads_the_consolidated_docx_which_opens_and_is_audited_and_an_executor_is_refused()
    {
        var id = await ProgrammeAsync();
        var coordinator = await factory.SignedInClientAsync(await factory.CreateAsync(Roles.Coordinator));
        var executor = await factory.SignedInClientAsync(await factory.CreateAsync(Roles.Executor, [await factory.UnitIdAsync("Відділ кадрової роботи")]));

        var checkpointsBefore = await factory.QueryAsync(db => db.AuditCheckpoints.CountAsync());
        using var response = await coordinator.GetAsync($"/programmes/{id}/reports/2020Q1.docx");
        var checkpointsAfter = await factory.QueryAsync(db => db.AuditCheckpoints.CountAsync());
        using var xlsx = await coordinator.GetAsync($"/programmes/{id}/reports/2020H1.xlsx");
        using var refused = await executor.GetAsync($"/programmes/{id}/reports/2020Q1.docx");
        using var refusedPage = await executor.GetAsync($"/programmes/{id}/overview");
        using var badPeriod = await coordinator.GetAsync($"/programmes/{id}/reports/2031Q7.docx");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("zvit-2020Q1.docx", response.Content.Headers.ContentDisposition?.FileName?.Trim('"'));
        using (var word = WordprocessingDocument.Open(new MemoryStream(await response.Content.ReadAsByteArrayAsync()), false))
        {
            Assert.Contains("Інформація про стан виконання", word.MainDocumentPart!.Document.Body!.InnerText);
        }

        Assert.Equal(HttpStatusCode.OK, xlsx.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, refusedPage.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, badPeriod.StatusCode);
        Assert.True(await factory.QueryAsync(db => db.AuditEntries.AnyAsync(a => a.Action == AntiCor.Core.Audit.AuditActions.Exported && a.Changes != null && a.Changes.Contains("2020Q1"))));
        Assert.True(checkpointsAfter > checkpointsBefore, "a consolidated report publishes the audit checkpoint of the trail it was made from");
    }
}
