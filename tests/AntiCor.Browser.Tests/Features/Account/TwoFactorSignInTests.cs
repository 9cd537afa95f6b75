using AntiCor.Tests.Shared;
using AntiCor.Browser.Tests.Support;
using AntiCor.Core.Security;
using Microsoft.Playwright;

namespace AntiCor.Browser.Tests.Features.Account;

[Collection(BrowserCollection.Name)]
public sealed class TwoFactorSignInTests(BrowserFixture browser)
{
    private const string Password = "sribnyi-misiats-nad-dniprom";

    [Fact]
    public async Task A_coordinator_signs_in_with_password_and_a_TOTP_code_from_their_authenticator()
    {
        var (email, key) = await CreateAsync(Roles.Coordinator, enrol: true);
        await using var context = await browser.NewContextAsync();
        var page = await context.NewPageAsync();

        await page.GotoAsync("/account/login");
        await page.FillAsync("#Input_Email", email);
        await page.FillAsync("#Input_Password", Password);
        await page.ClickAsync("form[data-form=login] button[type=submit]");
        await page.WaitForURLAsync(url => url.Contains("/account/login-2fa", StringComparison.Ordinal));
        ScreenshotAssert.Saved(await browser.ScreenshotAsync(page, "account-login-2fa"));
        await page.FillAsync("#Code", Totp.Code(key!));
        await page.ClickAsync("form[data-form=login-2fa] button[type=submit]");
        await page.WaitForURLAsync(BrowserAccounts.SignedInUrl);

        Assert.Equal(email, await page.Locator("[data-signed-in]").GetAttributeAsync("data-signed-in"));
    }

    [Fact]
    public async Task An_administrator_without_a_second_factor_is_sent_to_enrolment_and_gets_recovery_codes()
    {
        var (email, _) = await CreateAsync(Roles.Administrator, enrol: false);
        await using var context = await browser.NewContextAsync();
        var page = await context.NewPageAsync();

        await page.GotoAsync("/account/login?ReturnUrl=%2Fadmin%2Fusers");
        await page.FillAsync("#Input_Email", email);
        await page.FillAsync("#Input_Password", Password);
        await page.ClickAsync("form[data-form=login] button[type=submit]");
        await page.WaitForURLAsync(url => new Uri(url).AbsolutePath == "/account/two-factor");
        var key = await page.Locator("[data-totp-key]").InnerTextAsync();
        ScreenshotAssert.Saved(await browser.ScreenshotAsync(page, "account-two-factor-enrol"));
        await page.FillAsync("#Code", Totp.Code(key));
        await page.ClickAsync("form[data-form=enable-two-factor] button[type=submit]");

        await Assertions.Expect(page.Locator("[data-recovery-codes] li")).ToHaveCountAsync(10);
        await page.GotoAsync("/admin/users");
        Assert.Equal("Користувачі", await page.Locator("h1").InnerTextAsync());
    }

    private Task<(string Email, string? Key)> CreateAsync(string role, bool enrol) =>
        BrowserAccounts.CreateAsync(browser.Services, role, Password, $"Браузер {role}", enrol);
}
