extern alias web;

using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;

namespace AntiCor.Web.Tests.Support.Accounts;

/// <summary>
/// The cookies of a signed-in client copied at one moment (as from a shared computer or a proxy
/// log) and sent later from another client that keeps no cookies of its own.
/// </summary>
public sealed record CopiedCookies(string Header)
{
    public static CopiedCookies From(CookieContainer cookies)
    {
        var header = cookies.GetCookieHeader(new Uri("http://localhost/"));
        Assert.Contains("AntiCor.Auth", header, StringComparison.Ordinal);
        return new CopiedCookies(header);
    }

    public async Task<HttpResponseMessage> GetAsync(WebApplicationFactory<web::Program> factory, string url)
    {
        using var client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.Add("Cookie", Header);
        return await client.SendAsync(request);
    }

    /// <summary>The copied cookies sign nobody in: a page for signed-in users sends to the sign-in page, the home page shows no user.</summary>
    public async Task AssertSignNobodyInAsync(WebApplicationFactory<web::Program> factory)
    {
        using var replayed = await GetAsync(factory, "/account/change-password");
        Assert.Equal(HttpStatusCode.Redirect, replayed.StatusCode);
        Assert.Equal(web::AntiCor.Web.Infrastructure.AccountRegistration.LoginPath, new Uri(new Uri("http://localhost/"), replayed.Headers.Location!).AbsolutePath);
        using var home = await GetAsync(factory, "/");
        Assert.Equal(HttpStatusCode.OK, home.StatusCode);
        Assert.DoesNotContain("data-signed-in", await home.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
