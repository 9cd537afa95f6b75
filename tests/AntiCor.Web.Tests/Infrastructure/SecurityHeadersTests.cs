using System.Net;
using AntiCor.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace AntiCor.Web.Tests.Infrastructure;

[Collection(AppCollection.Name)]
public sealed class SecurityHeadersTests(AntiCorFactory factory)
{
    private static readonly string[] AddressList =
    [
        "/",
        "/o/kropyvnytskyi/programmes/{programme}",
        "/o/kropyvnytskyi/units/{unit}",
        "/no-such-page",
        "/error",
        "/audit/checkpoints",
        "/account/login",
        "/account/forgot-password",
        "/api/v1/audit/checkpoints",
        "/css/site.css",
    ];

    public static TheoryData<string> Addresses => new(AddressList);

    [Theory]
    [MemberData(nameof(Addresses))]
    public async Task Every_kind_of_response_carries_the_security_headers(string address)
    {
        var url = await ResolveAsync(address);

        using var response = await factory.CreateClient().GetAsync(url);

        AssertHardened(response);
    }

    [Fact]
    public async Task Sign_in_page_with_errors_shown_has_no_inline_style_either()
    {
        var client = factory.CreateClient();
        var form = await HtmlPage.GetAsync(client, "/account/login");
        var token = form.Single("form[data-form=login] input[name=__RequestVerificationToken]").GetAttribute("value")!;

        using var response = await client.PostAsync("/account/login", new FormUrlEncodedContent(
        [
            new("__RequestVerificationToken", token),
            new("Input.Email", "nobody@example.org"),
            new("Input.Password", "wrong-password-1"),
        ]));
        var page = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.OK, form.Status);
        AssertHardened(response);
        Assert.NotEmpty(page.QuerySelectorAll(".form-errors li"));
        Assert.Empty(page.QuerySelectorAll("[style]"));
    }

    [Fact]
    public async Task Content_security_policy_allows_scripts_and_styles_only_from_the_site_itself()
    {
        using var response = await factory.CreateClient().GetAsync("/");
        var directives = Csp(response);

        Assert.Equal("'self'", directives["script-src"]);
        Assert.Equal("'self'", directives["style-src"]);
        Assert.Equal("'self'", directives["default-src"]);
        Assert.Equal("'none'", directives["frame-ancestors"]);
        Assert.Equal("'none'", directives["object-src"]);
        Assert.DoesNotContain(directives.Values, v => v.Contains("unsafe", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Hsts_is_sent_over_https_and_not_over_plain_http()
    {
        var https = factory.CreateClient(new() { BaseAddress = new Uri("https://anticor.example/") });
        var http = factory.CreateClient(new() { BaseAddress = new Uri("http://anticor.example/") });

        using var secure = await https.GetAsync("/");
        using var plain = await http.GetAsync("/");

        Assert.True(secure.Headers.Contains("Strict-Transport-Security"));
        Assert.StartsWith("max-age=", secure.Headers.GetValues("Strict-Transport-Security").Single());
        Assert.False(plain.Headers.Contains("Strict-Transport-Security"));
    }

    [Fact]
    public async Task Pages_have_no_inline_script_or_style_that_the_policy_would_block()
    {
        var urls = new List<string>();
        foreach (var address in AddressList.Where(a => !a.Contains("api") && !a.EndsWith(".css", StringComparison.Ordinal)))
        {
            urls.Add(await ResolveAsync(address));
        }

        foreach (var url in urls)
        {
            var page = await HtmlPage.GetAsync(factory.CreateClient(), url);
            Assert.Empty(page.All("script:not([src])"));
            Assert.Empty(page.All("[style]"));
            Assert.Empty(page.All("style"));
            Assert.DoesNotContain(page.All("*"), e => e.Attributes.Any(a => a.Name.StartsWith("on", StringComparison.Ordinal)));
        }
    }

    internal static void AssertHardened(HttpResponseMessage response)
    {
        Assert.Equal("nosniff", Header(response, "X-Content-Type-Options"));
        Assert.Equal("DENY", Header(response, "X-Frame-Options"));
        Assert.Equal("strict-origin-when-cross-origin", Header(response, "Referrer-Policy"));
        Assert.Contains("camera=()", Header(response, "Permissions-Policy"));
        var directives = Csp(response);
        Assert.Equal("'self'", directives["script-src"]);
        Assert.DoesNotContain("unsafe-inline", directives["script-src"]);
    }

    private static Dictionary<string, string> Csp(HttpResponseMessage response) =>
        Header(response, "Content-Security-Policy")
            .Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(d => d.Split(' ', 2))
            .ToDictionary(d => d[0], d => d.Length > 1 ? d[1] : "");

    private static string Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) || response.Content.Headers.TryGetValues(name, out values)
            ? string.Join(", ", values)
            : throw new Xunit.Sdk.XunitException($"{(int)response.StatusCode} {response.RequestMessage?.RequestUri}: no {name} header.");

    private async Task<string> ResolveAsync(string address)
    {
        if (address.Contains("{programme}", StringComparison.Ordinal))
        {
            var id = await factory.QueryAsync(db => db.Programmes.Select(p => p.Id).FirstAsync());
            return address.Replace("{programme}", id.ToString(), StringComparison.Ordinal);
        }

        if (address.Contains("{unit}", StringComparison.Ordinal))
        {
            var id = await factory.QueryAsync(db => db.OrgUnits.Select(u => u.Id).FirstAsync());
            return address.Replace("{unit}", id.ToString(), StringComparison.Ordinal);
        }

        return address;
    }
}
