extern alias web;

using System.Net;
using AntiCor.Core.Security;
using AntiCor.Web.Tests.Support;
using AntiCor.Web.Tests.Support.Accounts;
using Microsoft.EntityFrameworkCore;

namespace AntiCor.Web.Tests.Security;

[Collection(AppCollection.Name)]
public sealed class DemoModeTests(AntiCorFactory factory)
{
    [Fact]
    public async Task Demo_mode_seeds_one_account_per_role_documents_them_on_the_sign_in_page_and_shows_the_banner()
    {
        await using var demo = factory.WithWebHostBuilder(b => b.UseSetting("Demo:Enabled", "true"));

        var login = await HtmlPage.GetAsync(demo.NewClient(), "/account/login");
        var home = await HtmlPage.GetAsync(demo.NewClient(), "/o/kropyvnytskyi");

        Assert.Contains("ДЕМОНСТРАЦІЙНИЙ РЕЖИМ", HtmlPage.Text(home.Single("[data-demo-banner]")));
        Assert.Equal(DemoAccounts.TotpKey, HtmlPage.Text(login.Single("[data-demo-totp-key]")));
        Assert.Equal(Roles.All.Order(), login.All("[data-demo-role]").Select(r => r.GetAttribute("data-demo-role")!).Order());
        var unit = await factory.UnitIdAsync(DemoAccounts.ExecutorUnit);
        var executor = DemoAccounts.All.Single(a => a.Role == Roles.Executor);
        Assert.True(await factory.QueryAsync(db => db.Users.Where(u => u.Email == executor.Email)
            .AnyAsync(u => db.UserUnits.Any(x => x.UserId == u.Id && x.OrgUnitId == unit))));

        foreach (var account in DemoAccounts.All)
        {
            var id = await factory.QueryAsync(db => db.Users.Where(u => u.Email == account.Email).Select(u => u.Id).SingleAsync());
            var client = await demo.SignedInClientAsync(new TestUser(id, account.Email, account.Password, account.TotpKey));
            var landing = await client.GetAsync(account.Role == Roles.Executor ? "/my/obligations" : "/o/kropyvnytskyi");
            Assert.Equal(HttpStatusCode.OK, landing.StatusCode);
        }
    }

    [Fact]
    public async Task Outside_demo_mode_there_is_no_banner_and_no_demo_accounts_on_the_sign_in_page()
    {
        var login = await HtmlPage.GetAsync(factory.NewClient(), "/account/login");

        Assert.Null(login.Document.QuerySelector("[data-demo-banner]"));
        Assert.Null(login.Document.QuerySelector("[data-demo-accounts]"));
    }

    [Fact]
    public void The_demo_switch_on_the_command_line_maps_to_the_configuration_key()
    {
        Assert.Equal(["--Demo:Enabled=true", "--urls", "http://x"], web::AntiCor.Web.Infrastructure.DemoMode.MapArguments(["--demo", "--urls", "http://x"]));
    }
}
