using AntiCor.Core.Data;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace AntiCor.Browser.Tests.Support;

/// <summary>The app on a SQLite file of its own, configured as outside Development.</summary>
public sealed class ServedApp(string dataFolder) : WebApplicationFactory<Program>
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        // Outside Development the app finds its CSS only through the static web assets manifest.
        builder.UseStaticWebAssets();
        builder.UseSetting("Database:Provider", "Sqlite");
        builder.UseSetting(
            $"ConnectionStrings:{DatabaseOptions.ConnectionName}",
            $"Data Source={Path.Combine(dataFolder, "anticor-browser-test.db")}");
        builder.UseSetting("Data:Folder", dataFolder);
        // Every test signs in from 127.0.0.1: the suite sends more sign-in and upload POSTs from one
        // address than a real office does in the window, and the 429 page then stalls every later
        // sign-in. The limits themselves are tested in AntiCor.Web.Tests.
        foreach (var policy in new[] { "SignIn", "PasswordReset", "Upload", "Export", "CitizenMessage" })
        {
            builder.UseSetting($"RateLimits:{policy}:PermitLimit", "100000");
        }
    }
}
