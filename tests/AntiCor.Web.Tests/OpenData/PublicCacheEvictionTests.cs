using System.Net;
using AntiCor.Core.Security;
using AntiCor.Web.Tests.Support;
using AntiCor.Web.Tests.Support.Accounts;
using Microsoft.EntityFrameworkCore;

namespace AntiCor.Web.Tests.OpenData;

/// <summary>The edit changes the seed's programme: an app and a database of its own.</summary>
[CollectionDefinition(Name)]
public sealed class PublicCacheCollection : ICollectionFixture<AntiCorFactory>
{
    public const string Name = "public-cache";
}

/// <summary>Cached public answers are evicted by the change's own request: the next reader sees the edit.</summary>
[Collection(PublicCacheCollection.Name)]
public sealed class PublicCacheEvictionTests(AntiCorFactory factory)
{
    private const string NewText = "Проводити у закладах освіти антикорупційну просвітницьку роботу з учнями старших класів";

    [Fact]
    public async Task A_measure_edited_by_the_coordinator_shows_on_the_cached_api_and_page_as_soon_as_the_save_returns()
    {
        var reader = factory.NewClient();
        var id = await factory.QueryAsync(db => db.Programmes.Select(p => p.Id).SingleAsync());
        var measure = await factory.QueryAsync(db => db.Measures.Where(m => m.Number == "8.1").Select(m => new { m.Id, m.DirectionId, m.Text }).SingleAsync());
        var api = $"/api/v1/programmes/{id}";
        var page = $"/o/kropyvnytskyi/programmes/{id}";
        foreach (var url in new[] { api, page, api, page })
        {
            Assert.Equal(HttpStatusCode.OK, (await reader.GetAsync(url)).StatusCode);
        }

        using (var cached = await reader.GetAsync(api))
        {
            Assert.NotNull(cached.Headers.Age);
            Assert.Equal(measure.Text, MeasureText(await cached.Content.ReadAsStringAsync()));
        }

        var coordinator = await factory.SignedInClientAsync(await factory.CreateAsync(Roles.Coordinator));
        var edit = $"/programmes/{id}/measures/{measure.Id}/edit";
        var saved = await coordinator.PostFormAsync($"{edit}?handler=Save", new()
        {
            ["Text"] = NewText,
            ["TermText"] = "2020 рік",
            ["ExecutorsText"] = "Управління освіти",
            ["DirectionId"] = measure.DirectionId.ToString(),
            ["Act.Kind"] = "розпорядження",
            ["Act.Number"] = "15",
            ["Act.Date"] = "03.02.2020",
            ["Act.Title"] = "Про внесення змін до міських заходів",
        }, edit);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);

        using var fresh = await reader.GetAsync(api);
        Assert.Null(fresh.Headers.Age);
        Assert.Equal(NewText, MeasureText(await fresh.Content.ReadAsStringAsync()));
        var html = await HtmlPage.GetAsync(reader, page);
        Assert.Equal(NewText, HtmlPage.Text(html.Single("tr[data-measure='8.1'] .measure-text")));
        var reports = await OpenDataClient.JsonAsync(reader, $"/api/v1/programmes/{id}/reports?period=2020Q1&pageSize=1000", OpenDataSchema.Reports);
        Assert.Contains(OpenDataClient.Items(reports), m => m.GetProperty("text").GetString() == NewText);
    }

    private static string? MeasureText(string contract) => System.Text.Json.JsonDocument.Parse(contract).RootElement
        .GetProperty("programme").GetProperty("directions").EnumerateArray()
        .SelectMany(d => d.GetProperty("measures").EnumerateArray())
        .Single(m => m.GetProperty("number").GetString() == "8.1").GetProperty("text").GetString();
}
