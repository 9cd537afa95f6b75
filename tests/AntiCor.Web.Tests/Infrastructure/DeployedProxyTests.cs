using AntiCor.Web.Tests.Support;
using Microsoft.AspNetCore.Mvc.Testing;

namespace AntiCor.Web.Tests.Infrastructure;

/// <summary>
/// The proxy setting the systemd unit ships (deploy/systemd/anticor.service): nginx on loopback is
/// trusted, and a client that reaches the app from anywhere else cannot claim HTTPS or another
/// address with forwarded headers. (deploy/smoke.sh checks the loopback side against the real nginx.)
/// </summary>
[Collection(AppCollection.Name)]
public sealed class DeployedProxyTests(AntiCorFactory factory)
{
    private static readonly string UnitSetting = File.ReadLines(Path.Combine(AppContext.BaseDirectory, "deploy", "anticor.service"))
        .Single(l => l.StartsWith("Environment=Proxy__KnownProxies=", StringComparison.Ordinal))["Environment=Proxy__KnownProxies=".Length..];

    [Fact]
    public void The_unit_trusts_loopback_only()
    {
        Assert.Equal("127.0.0.1,::1", UnitSetting);
    }

    [Fact]
    public async Task Forwarded_headers_from_an_address_that_is_not_loopback_are_ignored()
    {
        await using var deployed = factory.WithWebHostBuilder(b => b.UseSetting("Proxy:KnownProxies", UnitSetting));
        // Test requests come from 203.0.113.7 (AccountTestSetup.ClientIp), a stranger to this setting.
        var client = deployed.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("http://anticor.test/") });
        using var request = new HttpRequestMessage(HttpMethod.Get, "/");
        request.Headers.Add("X-Forwarded-For", "198.51.100.23");
        request.Headers.Add("X-Forwarded-Proto", "https");

        using var response = await client.SendAsync(request);

        Assert.False(response.Headers.Contains("Strict-Transport-Security"));
    }
}
