extern alias web;

using System.Net;
using AntiCor.Core.Security;
using AntiCor.Web.Tests.Support;
using AntiCor.Web.Tests.Support.Accounts;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using web::AntiCor.Web.Infrastructure.Caching;

namespace AntiCor.Web.Tests.OpenData;

/// <summary>
/// A reader's repeat visit is answered by the fast lane in front of the pipeline: the same bytes and
/// headers the app sent, for plain anonymous reads only, kept apart by language. That an edit evicts
/// the lane as well as the output cache is <see cref="PublicCacheEvictionTests"/>' reader, which takes
/// the lane.
/// </summary>
[Collection(AppCollection.Name)]
public sealed class PublicFastLaneTests(AntiCorFactory factory)
{
    private FastLaneStore Lane => factory.Services.GetRequiredService<FastLaneStore>();

    [Fact]
    public async Task A_repeat_anonymous_read_of_a_public_page_and_its_json_is_replayed_with_the_same_bytes_and_headers()
    {
        var reader = factory.NewClient();
        var id = await factory.QueryAsync(db => db.Programmes.Select(p => p.Id).FirstAsync());
        // A query of its own: an address no other test has put in the caches.
        var fresh = $"visit={Guid.NewGuid():N}";
        foreach (var url in new[] { $"/o/kropyvnytskyi/programmes/{id}?{fresh}", $"/api/v1/programmes/{id}?{fresh}" })
        {
            using var first = await reader.GetAsync(url);
            var hits = Lane.Hits;
            using var again = await reader.GetAsync(url);

            Assert.Equal(HttpStatusCode.OK, again.StatusCode);
            Assert.Equal(hits + 1, Lane.Hits);
            Assert.Equal(await first.Content.ReadAsByteArrayAsync(), await again.Content.ReadAsByteArrayAsync());
            Assert.Equal(first.Content.Headers.ContentType, again.Content.Headers.ContentType);
            Assert.Equal(first.Headers.GetValues("Content-Security-Policy"), again.Headers.GetValues("Content-Security-Policy"));
            Assert.Equal(first.Headers.GetValues("X-Frame-Options"), again.Headers.GetValues("X-Frame-Options"));
            Assert.NotNull(again.Headers.Age);
            Assert.False(again.Headers.Contains("Set-Cookie"));
        }
    }

    [Fact]
    public async Task A_signed_in_reader_or_one_with_another_cookie_or_an_origin_goes_the_ordinary_way()
    {
        var id = await factory.QueryAsync(db => db.Programmes.Select(p => p.Id).FirstAsync());
        var url = $"/o/kropyvnytskyi/programmes/{id}?visit={Guid.NewGuid():N}";
        using (await factory.NewClient().GetAsync(url))
        {
            // Now in the lane for anonymous readers.
        }

        var hits = Lane.Hits;
        var coordinator = await factory.SignedInClientAsync(await factory.CreateAsync(Roles.Coordinator));
        using var staff = await coordinator.GetAsync(url);
        using var withCookie = new HttpRequestMessage(HttpMethod.Get, url) { Headers = { { "Cookie", "preference=1" } } };
        using var cookieAnswer = await factory.CreateClient().SendAsync(withCookie);
        using var withOrigin = new HttpRequestMessage(HttpMethod.Get, url) { Headers = { { "Origin", "https://journalist.example" } } };
        using var originAnswer = await factory.CreateClient().SendAsync(withOrigin);

        Assert.Equal(HttpStatusCode.OK, staff.StatusCode);
        Assert.Equal(HttpStatusCode.OK, cookieAnswer.StatusCode);
        Assert.Equal(HttpStatusCode.OK, originAnswer.StatusCode);
        Assert.Equal(hits, Lane.Hits);
    }

    [Fact]
    public async Task A_reader_of_english_and_a_reader_of_ukrainian_each_get_their_own_page_from_the_lane()
    {
        var id = await factory.QueryAsync(db => db.Programmes.Select(p => p.Id).FirstAsync());
        var url = $"/o/kropyvnytskyi/programmes/{id}?visit={Guid.NewGuid():N}";
        var english = factory.NewClient();
        english.DefaultRequestHeaders.Add("Cookie", ".AspNetCore.Culture=c%3Den%7Cuic%3Den");
        var ukrainian = factory.NewClient();

        var hits = Lane.Hits;
        var pages = new List<string>();
        foreach (var client in new[] { english, ukrainian, english, ukrainian })
        {
            pages.Add(await client.GetStringAsync(url));
        }

        Assert.Contains("<html lang=\"en\"", pages[0], StringComparison.Ordinal);
        Assert.Contains("<html lang=\"uk\"", pages[1], StringComparison.Ordinal);
        Assert.Equal(pages[0], pages[2]);
        Assert.Equal(pages[1], pages[3]);
        Assert.Equal(hits + 2, Lane.Hits);
    }
}
