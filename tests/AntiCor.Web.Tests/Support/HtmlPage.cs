using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;

namespace AntiCor.Web.Tests.Support;

/// <summary>A fetched page: its status and its parsed HTML.</summary>
public sealed record HtmlPage(HttpStatusCode Status, string Html, IHtmlDocument Document)
{
    private static readonly HtmlParser Parser = new();

    public static async Task<HtmlPage> GetAsync(HttpClient client, string url)
    {
        using var response = await client.GetAsync(url);
        var html = await response.Content.ReadAsStringAsync();
        return new HtmlPage(response.StatusCode, html, Parser.ParseDocument(html));
    }

    public IElement Single(string selector) =>
        Document.QuerySelector(selector) ?? throw new Xunit.Sdk.XunitException($"No element matches '{selector}'.");

    public IReadOnlyList<IElement> All(string selector) => Document.QuerySelectorAll(selector).ToList();

    /// <summary>Text with runs of white space folded, as a reader sees it.</summary>
    public static string Text(IElement element) => string.Join(' ', element.TextContent.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
