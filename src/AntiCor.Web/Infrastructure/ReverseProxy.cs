using System.Net;
using Microsoft.AspNetCore.HttpOverrides;

namespace AntiCor.Web.Infrastructure;

/// <summary>
/// Behind a reverse proxy that ends TLS, the client's address and scheme come from its
/// X-Forwarded-For / X-Forwarded-Proto headers — but only from the proxies named in
/// `Proxy:KnownProxies` (comma-separated addresses). Without that setting the headers are
/// ignored, so nobody can forge their address to slip past rate limits or into the audit trail.
/// </summary>
public static class ReverseProxy
{
    private const string Setting = "Proxy:KnownProxies";

    public static WebApplicationBuilder AddReverseProxy(this WebApplicationBuilder builder)
    {
        var proxies = builder.Configuration[Setting];
        if (string.IsNullOrWhiteSpace(proxies))
        {
            return builder;
        }

        var addresses = proxies.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(p => IPAddress.TryParse(p, out var ip) ? ip : throw new InvalidOperationException($"{Setting}: «{p}» не є IP-адресою."))
            .ToList();
        builder.Services.Configure<ForwardedHeadersOptions>(options =>
        {
            options.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            options.ForwardLimit = 1;
            options.KnownProxies.Clear();
            addresses.ForEach(options.KnownProxies.Add);
        });
        return builder;
    }

    public static WebApplication UseReverseProxy(this WebApplication app)
    {
        if (!string.IsNullOrWhiteSpace(app.Configuration[Setting]))
        {
            app.UseForwardedHeaders();
        }

        return app;
    }
}
