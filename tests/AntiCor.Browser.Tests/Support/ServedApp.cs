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
    }
}
