using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace AntiCor.Web.Tests.Support.Accounts;

public static class AccountTestSetup
{
    /// <summary>The app under test (with sign-in limits lifted) logs into <paramref name="log"/> and sends mail to the in-process SMTP server.</summary>
    public static void ConfigureAccountTests(this IWebHostBuilder builder, CapturedLog log)
    {
        builder.UseSetting("Mail:Host", "127.0.0.1");
        builder.UseSetting("Mail:Port", TestMailServer.Shared.Port.ToString(System.Globalization.CultureInfo.InvariantCulture));
        builder.UseSetting("Mail:From", "anticor@test.local");
        // No polling loop: tests run due jobs themselves (JobRunner.RunDueAsync), at the moment they choose.
        builder.UseSetting("Jobs:Polling", "false");
        // Every test client comes from 127.0.0.1: the per-IP sign-in limits would count the whole suite as one guesser.
        builder.UseSetting("RateLimits:SignIn:PermitLimit", "100000");
        builder.UseSetting("RateLimits:PasswordReset:PermitLimit", "100000");
        builder.ConfigureServices(s => s
            .AddLogging(l => l.AddProvider(log))
            .AddTransient<IStartupFilter, ClientAddress>());
    }

    /// <summary>The in-memory test server leaves the remote address empty; a real connection always has one.</summary>
    public const string ClientIp = "203.0.113.7";

    private sealed class ClientAddress : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use((context, nextMiddleware) =>
            {
                context.Connection.RemoteIpAddress ??= System.Net.IPAddress.Parse(ClientIp);
                return nextMiddleware(context);
            });
            next(app);
        };
    }
}
