using System.Net;
using System.Text.RegularExpressions;
using AntiCor.Core.Security;
using AntiCor.Web.Tests.Support;
using AntiCor.Web.Tests.Support.Accounts;
using Microsoft.EntityFrameworkCore;

namespace AntiCor.Web.Tests.Security;

[Collection(AppCollection.Name)]
public sealed partial class FirstStartTests(AntiCorFactory factory)
{
    [Fact]
    public async Task First_start_creates_one_administrator_prints_a_one_time_password_once_and_a_second_start_creates_none()
    {
        var banners = factory.Log.Messages.Where(m => m.Contains("ПЕРШИЙ ЗАПУСК", StringComparison.Ordinal)).ToList();
        var banner = Assert.Single(banners);
        Assert.Contains(AccountProvisioning.DefaultAdminEmail, banner);
        var password = PasswordLine().Match(banner).Groups[1].Value;
        Assert.True(password.Length >= PasswordRules.MinimumLength, banner);

        await using (var secondStart = factory.WithWebHostBuilder(_ => { }))
        {
            _ = secondStart.Server;
        }

        Assert.Single(factory.Log.Messages, m => m.Contains("ПЕРШИЙ ЗАПУСК", StringComparison.Ordinal));
        var admins = await factory.QueryAsync(db => db.Users.Where(u => u.Email == AccountProvisioning.DefaultAdminEmail)
            .Select(u => new { u.MustChangePassword, u.PasswordHash }).ToListAsync());
        var admin = Assert.Single(admins);
        Assert.True(admin.MustChangePassword);
        Assert.DoesNotContain(password, admin.PasswordHash);

        var client = factory.NewClient();
        var signIn = await client.PostFormAsync("/account/login", new() { ["Input.Email"] = AccountProvisioning.DefaultAdminEmail, ["Input.Password"] = password });
        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        var held = await client.GetAsync("/admin/users");
        Assert.Equal("/account/change-password", held.Headers.Location!.OriginalString);
    }

    [GeneratedRegex(@"Одноразовий пароль: (\S+)")]
    private static partial Regex PasswordLine();
}
