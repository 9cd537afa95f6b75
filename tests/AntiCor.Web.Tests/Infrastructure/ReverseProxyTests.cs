using AntiCor.Core.Audit;
using AntiCor.Web.Tests.Support;
using AntiCor.Web.Tests.Support.Accounts;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;

namespace AntiCor.Web.Tests.Infrastructure;

[Collection(AppCollection.Name)]
public sealed class ReverseProxyTests(AntiCorFactory factory)
{
    private const string RealClient = "198.51.100.23";

    private static HttpRequestMessage Forwarded(string url)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.Add("X-Forwarded-For", RealClient);
        request.Headers.Add("X-Forwarded-Proto", "https");
        return request;
    }

    [Fact]
    public async Task Behind_a_known_proxy_the_client_address_and_https_come_from_the_forwarded_headers()
    {
        await using var proxied = factory.WithWebHostBuilder(b => b.UseSetting("Proxy:KnownProxies", AccountTestSetup.ClientIp));
        // HSTS is never sent to localhost, so the proxy forwards for a real host name.
        var client = proxied.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, BaseAddress = new Uri("http://anticor.test/") });
        var id = await factory.QueryAsync(db => db.Programmes.Select(p => p.Id).FirstAsync());

        using var home = await client.SendAsync(Forwarded("/"));
        Assert.True(home.Headers.Contains("Strict-Transport-Security"), "HSTS is sent once the proxy says the request came over HTTPS");

        // Anonymous downloads are not audited: a signed-in user's is, with the address the proxy forwarded.
        var user = await factory.CreateAsync(AntiCor.Core.Security.Roles.Executor);
        var signedIn = await proxied.SignedInClientAsync(user);
        using var export = await signedIn.SendAsync(Forwarded($"/o/kropyvnytskyi/programmes/{id}/export/json"));
        export.EnsureSuccessStatusCode();
        var ips = await factory.QueryAsync(db => db.AuditEntries.Where(a => a.Action == AuditActions.Exported && a.ActorId == user.Id.ToString()).Select(a => a.Ip).ToListAsync());
        Assert.Equal([RealClient], ips);
    }

    [Fact]
    public async Task Without_known_proxies_forwarded_headers_are_ignored()
    {
        using var response = await factory.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("http://anticor.test/") }).SendAsync(Forwarded("/"));
        Assert.False(response.Headers.Contains("Strict-Transport-Security"));
    }
}
