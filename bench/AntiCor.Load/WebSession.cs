using System.Diagnostics;
using System.Net;
using System.Text.RegularExpressions;
using AntiCor.Tests.Shared;

namespace AntiCor.Load;

/// <summary>One person's browser, reduced to what the pages need: cookies, the form token, the sign-in steps.</summary>
internal sealed partial class WebSession : IDisposable
{
    private readonly HttpClient _client;

    public WebSession(Uri server)
    {
        var handler = new SocketsHttpHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = false, UseCookies = true };
        _client = new HttpClient(handler) { BaseAddress = server, Timeout = TimeSpan.FromSeconds(60) };
    }

    public async Task SignInAsync(LoadUser user)
    {
        var response = await PostFormAsync("/account/login", "/account/login", new() { ["Input.Email"] = user.Email, ["Input.Password"] = user.Password });
        if (response.Headers.Location?.OriginalString.StartsWith("/account/login-2fa", StringComparison.Ordinal) == true && user.TotpKey is { } key)
        {
            response = await PostFormAsync("/account/login-2fa", "/account/login-2fa", new() { ["Code"] = Totp.Code(key) });
        }

        if (response.StatusCode != HttpStatusCode.Redirect)
        {
            throw new InvalidOperationException($"Sign-in of {user.Email} answered {(int)response.StatusCode}.");
        }
    }

    public async Task<(HttpStatusCode Status, string Html, TimeSpan Elapsed)> GetAsync(string url)
    {
        var clock = Stopwatch.StartNew();
        using var response = await _client.GetAsync(url);
        var html = await response.Content.ReadAsStringAsync();
        return (response.StatusCode, html, clock.Elapsed);
    }

    /// <summary>POSTs the fields with the token of <paramref name="html"/> (the page the form is on); times the POST alone.</summary>
    public async Task<(HttpResponseMessage Response, TimeSpan Elapsed)> PostAsync(string url, string html, Dictionary<string, string> fields)
    {
        var content = new FormUrlEncodedContent(new Dictionary<string, string>(fields) { ["__RequestVerificationToken"] = TokenIn(html) });
        var clock = Stopwatch.StartNew();
        var response = await _client.PostAsync(url, content);
        await response.Content.LoadIntoBufferAsync();
        return (response, clock.Elapsed);
    }

    /// <summary>As <see cref="PostAsync"/>, as multipart with one file in the form's <c>Upload</c> field.</summary>
    public async Task<(HttpResponseMessage Response, TimeSpan Elapsed)> PostWithFileAsync(string url, string html, Dictionary<string, string> fields, string fileName, byte[] file)
    {
        var content = new MultipartFormDataContent();
        foreach (var (name, value) in new Dictionary<string, string>(fields) { ["__RequestVerificationToken"] = TokenIn(html) })
        {
            content.Add(new StringContent(value), name);
        }

        var part = new ByteArrayContent(file);
        part.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/pdf");
        content.Add(part, "Upload", fileName);
        var clock = Stopwatch.StartNew();
        var response = await _client.PostAsync(url, content);
        await response.Content.LoadIntoBufferAsync();
        return (response, clock.Elapsed);
    }

    public static string? HiddenValue(string html, string name)
    {
        var match = Regex.Match(html, $"name=\"{Regex.Escape(name)}\"[^>]*value=\"([^\"]*)\"");
        return match.Success ? WebUtility.HtmlDecode(match.Groups[1].Value) : null;
    }

    private async Task<HttpResponseMessage> PostFormAsync(string page, string url, Dictionary<string, string> fields)
    {
        var (_, html, _) = await GetAsync(page);
        return (await PostAsync(url, html, fields)).Response;
    }

    private static string TokenIn(string html)
    {
        var match = TokenPattern().Match(html);
        return match.Success ? WebUtility.HtmlDecode(match.Groups[1].Value) : throw new InvalidOperationException("The page has no form token.");
    }

    public void Dispose() => _client.Dispose();

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();
}
