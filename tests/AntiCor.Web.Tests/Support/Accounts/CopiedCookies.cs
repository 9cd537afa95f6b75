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
    /// <summary>An executor signed in through the pages, and a copy of its cookies that works at this moment.</summary>
    public static async Task<(TestUser User, HttpClient Client, CopiedCookies Copied)> SignInAndCopyAsync(WebApplicationFactory<web::Program> factory)
    {
        var user = await factory.CreateAsync(AntiCor.Core.Security.Roles.Executor);
        var cookies = new CookieContainer();
        var client = await factory.SignedInClientAsync(user, cookies);
        var copied = From(cookies);
        using var before = await copied.GetAsync(factory, "/account/change-password");
        Assert.Equal(HttpStatusCode.OK, before.StatusCode);
        return (user, client, copied);
    }

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
        using var home = await GetAsync(factory, "/o/kropyvnytskyi");
        Assert.Equal(HttpStatusCode.OK, home.StatusCode);
        Assert.DoesNotContain("data-signed-in", await home.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
