using System.Net;
using AntiCor.Web.Tests.Support;
using AntiCor.Web.Tests.Support.Accounts;
using Microsoft.EntityFrameworkCore;

namespace AntiCor.Web.Tests.Infrastructure.Localization;

/// <summary>
/// Ukrainian by default, English on request: <c>?culture=en</c>, the switch's cookie, then
/// Accept-Language. The programme's own texts stay as written; the API's JSON never changes.
/// </summary>
[Collection(AppCollection.Name)]
public sealed class UiLanguageTests(AntiCorFactory factory)
{
    private const string Org = "/o/kropyvnytskyi";

    [Fact]
    public async Task Without_a_choice_the_programme_page_is_ukrainian_with_lang_uk()
    {
        var page = await HtmlPage.GetAsync(factory.NewClient(), await ProgrammeUrlAsync());

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Equal("uk", page.Single("html").GetAttribute("lang"));
        Assert.Equal("Хід виконання", HtmlPage.Text(page.Single("#progress-title")));
        Assert.Equal("true", page.Single("[data-language-switch] a[lang='uk']").GetAttribute("aria-current"));
    }

    [Fact]
    public async Task Culture_en_in_the_query_gives_the_english_page_and_keeps_the_programme_text_as_written()
    {
        var url = await ProgrammeUrlAsync();
        var client = factory.NewClient();
        var ukrainian = await HtmlPage.GetAsync(client, url);

        var english = await HtmlPage.GetAsync(client, $"{url}?culture=en");

        Assert.Equal(HttpStatusCode.OK, english.Status);
        Assert.Equal("en", english.Single("html").GetAttribute("lang"));
        Assert.Equal("Progress", HtmlPage.Text(english.Single("#progress-title")));
        Assert.Equal("Programme directions", HtmlPage.Text(english.Single("#contents-title")));
        Assert.Equal("Completed", HtmlPage.Text(english.Single("#status option[value='Done']")));
        Assert.Equal("No information provided", HtmlPage.Text(english.Single("#status option[value='none']")));
        Assert.Equal("Programmes", HtmlPage.Text(english.Single(".site-nav a")));
        // Content is never translated: the programme's title and the measure's text are the document's.
        Assert.Equal(HtmlPage.Text(ukrainian.Single("h1")), HtmlPage.Text(english.Single("h1")));
        Assert.Equal(HtmlPage.Text(ukrainian.Single("tr[data-measure='1.1'] .measure-text")), HtmlPage.Text(english.Single("tr[data-measure='1.1'] .measure-text")));
        Assert.DoesNotContain("Хід виконання", english.Html, StringComparison.Ordinal);
        // The switch returns to this page without the query's culture, which would override the cookie.
        Assert.Equal($"/language/uk?returnUrl={Uri.EscapeDataString(url)}", english.Single("[data-language-switch] a[lang='uk']").GetAttribute("href"));
    }

    [Fact]
    public async Task The_switch_sets_a_cookie_that_keeps_english_on_the_next_pages_until_switched_back()
    {
        var url = await ProgrammeUrlAsync();
        var client = factory.NewClient();

        using (var switched = await client.GetAsync($"/language/en?returnUrl={Uri.EscapeDataString(url)}"))
        {
            Assert.Equal(HttpStatusCode.Redirect, switched.StatusCode);
            Assert.Equal(url, switched.Headers.Location?.OriginalString);
            Assert.Contains(switched.Headers.GetValues("Set-Cookie"), c => c.StartsWith(".AspNetCore.Culture=", StringComparison.Ordinal) && c.Contains("httponly", StringComparison.OrdinalIgnoreCase));
        }

        var programme = await HtmlPage.GetAsync(client, url);
        Assert.Equal("en", programme.Single("html").GetAttribute("lang"));
        Assert.Equal("Progress", HtmlPage.Text(programme.Single("#progress-title")));
        var list = await HtmlPage.GetAsync(client, Org);
        Assert.Equal("en", list.Single("html").GetAttribute("lang"));
        Assert.Equal("Anti-corruption programmes", HtmlPage.Text(list.Single("h1")));

        using (var back = await client.GetAsync($"/language/uk?returnUrl={Uri.EscapeDataString(url)}"))
        {
            Assert.Equal(HttpStatusCode.Redirect, back.StatusCode);
        }

        var again = await HtmlPage.GetAsync(client, url);
        Assert.Equal("uk", again.Single("html").GetAttribute("lang"));
        Assert.Equal("Хід виконання", HtmlPage.Text(again.Single("#progress-title")));
    }

    [Theory]
    [InlineData("//evil.example/")]
    [InlineData("https://evil.example/")]
    [InlineData(null)]
    public async Task The_switch_returns_only_to_a_page_of_this_site(string? returnUrl)
    {
        using var response = await factory.NewClient().GetAsync(returnUrl is null ? "/language/en" : $"/language/en?returnUrl={Uri.EscapeDataString(returnUrl)}");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/", response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task An_unknown_language_is_not_found_and_sets_no_cookie()
    {
        using var response = await factory.NewClient().GetAsync("/language/de?returnUrl=%2F");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.False(response.Headers.Contains("Set-Cookie"));
    }

    [Theory]
    [InlineData("en-US,en;q=0.9", "en", "Progress")]
    [InlineData("en", "en", "Progress")]
    [InlineData("uk-UA,uk;q=0.9,en;q=0.5", "uk", "Хід виконання")]
    [InlineData("de-DE,de;q=0.9", "uk", "Хід виконання")]
    public async Task Accept_language_picks_the_language_when_neither_query_nor_cookie_does(string acceptLanguage, string lang, string heading)
    {
        var client = factory.NewClient();
        client.DefaultRequestHeaders.Add("Accept-Language", acceptLanguage);

        var page = await HtmlPage.GetAsync(client, await ProgrammeUrlAsync());

        Assert.Equal(lang, page.Single("html").GetAttribute("lang"));
        Assert.Equal(heading, HtmlPage.Text(page.Single("#progress-title")));
    }

    [Fact]
    public async Task The_query_wins_over_the_cookie_and_the_cookie_over_accept_language()
    {
        var url = await ProgrammeUrlAsync();
        var client = factory.NewClient();
        client.DefaultRequestHeaders.Add("Accept-Language", "en");
        (await client.GetAsync("/language/uk?returnUrl=%2F")).Dispose();

        var byCookie = await HtmlPage.GetAsync(client, url);
        var byQuery = await HtmlPage.GetAsync(client, $"{url}?culture=en");

        Assert.Equal("uk", byCookie.Single("html").GetAttribute("lang"));
        Assert.Equal("en", byQuery.Single("html").GetAttribute("lang"));
    }

    [Fact]
    public async Task A_cached_page_in_one_language_is_never_served_to_a_reader_of_the_other()
    {
        // Its own address (a filter no other test asks for), so the first answer is computed here.
        var url = $"{await ProgrammeUrlAsync()}?status=NotStarted";
        var ukrainian = factory.NewClient();
        var english = factory.NewClient();
        english.DefaultRequestHeaders.Add("Accept-Language", "en-GB");
        var byCookie = factory.NewClient();
        (await byCookie.GetAsync("/language/en?returnUrl=%2F")).Dispose();

        foreach (var (client, lang, heading) in new[]
        {
            (ukrainian, "uk", "Хід виконання"), (ukrainian, "uk", "Хід виконання"),
            (english, "en", "Progress"), (english, "en", "Progress"),
            (byCookie, "en", "Progress"), (ukrainian, "uk", "Хід виконання"),
        })
        {
            using var response = await client.GetAsync(url);
            var page = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());
            Assert.Equal(lang, page.DocumentElement.GetAttribute("lang"));
            Assert.Equal(heading, page.QuerySelector("#progress-title")?.TextContent.Trim());
            Assert.Equal(lang, response.Content.Headers.ContentLanguage.Single());
        }

        // The second request in each language was answered from the cache: the variation is real, not a bypass.
        using var cached = await english.GetAsync(url);
        Assert.NotNull(cached.Headers.Age);
        using var cachedUkrainian = await ukrainian.GetAsync(url);
        Assert.NotNull(cachedUkrainian.Headers.Age);
        Assert.Contains("Хід виконання", await cachedUkrainian.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_api_json_is_the_same_whatever_the_language()
    {
        var id = await factory.QueryAsync(db => db.Programmes.Select(p => p.Id).FirstAsync());
        var plain = factory.NewClient();
        var byHeader = factory.NewClient();
        byHeader.DefaultRequestHeaders.Add("Accept-Language", "en");
        var byCookie = factory.NewClient();
        (await byCookie.GetAsync("/language/en?returnUrl=%2F")).Dispose();

        foreach (var url in new[] { $"/api/v1/programmes/{id}", "/api/v1/programmes", "/api/v1/organizations", $"/api/v1/programmes/{Guid.NewGuid()}" })
        {
            using var a = await plain.GetAsync(url);
            var expected = await a.Content.ReadAsStringAsync();
            foreach (var english in new[] { byHeader, byCookie })
            {
                using var b = await english.GetAsync(url);
                Assert.Equal(a.StatusCode, b.StatusCode);
                Assert.Equal(expected, await b.Content.ReadAsStringAsync());
            }
        }

        using var missing = await byHeader.GetAsync($"/api/v1/programmes/{Guid.NewGuid()}");
        Assert.Contains("Не знайдено", await missing.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_not_found_page_speaks_english_to_an_english_reader()
    {
        var page = await HtmlPage.GetAsync(factory.NewClient(), $"{Org}/programmes/{Guid.NewGuid()}?culture=en");

        Assert.Equal(HttpStatusCode.NotFound, page.Status);
        Assert.Equal("en", page.Single("html").GetAttribute("lang"));
        Assert.Equal("Page not found", HtmlPage.Text(page.Single("h1")));
    }

    [Fact]
    public async Task Dates_read_dd_MM_yyyy_in_english_too()
    {
        var url = await ProgrammeUrlAsync();
        var ukrainian = await HtmlPage.GetAsync(factory.NewClient(), url);
        var english = await HtmlPage.GetAsync(factory.NewClient(), $"{url}?culture=en");

        Assert.Equal(HtmlPage.Text(ukrainian.Single("[data-period]")), HtmlPage.Text(english.Single("[data-period]")));
        Assert.Matches(@"^\d{2}\.\d{2}\.\d{4}–\d{2}\.\d{2}\.\d{4}$", HtmlPage.Text(english.Single("[data-period]")));
    }

    [Fact]
    public async Task The_sign_in_page_and_its_validation_speak_english_to_an_english_reader()
    {
        var client = factory.NewClient();
        (await client.GetAsync("/language/en?returnUrl=%2F")).Dispose();

        var form = await HtmlPage.GetAsync(client, "/account/login");
        var refused = await client.PostFormAsync("/account/login", new() { ["Input.Email"] = "", ["Input.Password"] = "" });

        Assert.Equal("Sign in", HtmlPage.Text(form.Single("h1")));
        Assert.Equal("E-mail", HtmlPage.Text(form.Single("label[for='Input_Email']")));
        var errors = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(await refused.Content.ReadAsStringAsync()).QuerySelector(".form-errors")!.TextContent;
        Assert.Contains("Enter your e-mail address.", errors, StringComparison.Ordinal);
        Assert.Contains("Enter your password.", errors, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_sign_in_page_refuses_empty_fields_in_ukrainian_by_default()
    {
        var refused = await factory.NewClient().PostFormAsync("/account/login", new() { ["Input.Email"] = "", ["Input.Password"] = "" });

        var errors = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(await refused.Content.ReadAsStringAsync()).QuerySelector(".form-errors")!.TextContent;
        Assert.Contains("Вкажіть адресу електронної пошти.", errors, StringComparison.Ordinal);
        Assert.Contains("Вкажіть пароль.", errors, StringComparison.Ordinal);
    }

    private async Task<string> ProgrammeUrlAsync() =>
        $"{Org}/programmes/{await factory.QueryAsync(db => db.Programmes.Where(p => p.PublishedAtUtc != null).Select(p => p.Id).FirstAsync())}";
}
