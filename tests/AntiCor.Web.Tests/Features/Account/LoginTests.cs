extern alias web;

using AntiCor.Tests.Shared;
using System.Net;
using AntiCor.Core.Audit;
using AntiCor.Core.Security;
using AntiCor.Web.Tests.Support;
using AntiCor.Web.Tests.Support.Accounts;
using Microsoft.EntityFrameworkCore;

namespace AntiCor.Web.Tests.Features.Account;

[Collection(AppCollection.Name)]
public sealed class LoginTests(AntiCorFactory factory)
{
    [Fact]
    public async Task Sign_in_and_sign_out_are_recorded_in_the_audit_trail_with_the_user_and_ip()
    {
        var user = await factory.CreateAsync(Roles.Executor);

        var client = await factory.SignedInClientAsync(user);
        var home = await HtmlPage.GetAsync(client, "/o/kropyvnytskyi");
        Assert.Equal(user.Email, home.Single("[data-signed-in]").GetAttribute("data-signed-in"));
        var signOut = await client.PostFormAsync("/account/logout", []);

        Assert.Equal(HttpStatusCode.Redirect, signOut.StatusCode);
        var rows = await factory.QueryAsync(db => db.AuditEntries
            .Where(a => a.EntityId == user.Id.ToString() && (a.Action == AuditActions.SignedIn || a.Action == AuditActions.SignedOut))
            .OrderBy(a => a.Sequence).ToListAsync());
        Assert.Equal([AuditActions.SignedIn, AuditActions.SignedOut], rows.Select(r => r.Action));
        Assert.All(rows, r => Assert.Equal(user.Id.ToString(), r.ActorId));
        Assert.All(rows, r => Assert.Equal(AccountTestSetup.ClientIp, r.Ip));
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync("/my/obligations")).StatusCode);
    }

    [Theory]
    [InlineData("%2F%09%2Fevil.example")]
    [InlineData("%2F%0D%0A%2Fevil.example")]
    [InlineData("%2F%00")]
    [InlineData("%2F%2Fevil.example")]
    [InlineData("%2F%5Cevil.example")]
    [InlineData("%2Fprogrammes%5C..%5C%2Fevil.example")]
    [InlineData("https%3A%2F%2Fevil.example%2F")]
    public async Task Sign_in_with_an_unsafe_return_address_succeeds_and_goes_to_the_home_page(string returnUrl)
    {
        var user = await factory.CreateAsync(Roles.Executor);
        var client = factory.NewClient();
        var login = "/account/login?ReturnUrl=" + returnUrl;

        var response = await client.PostFormAsync(login, new() { ["Input.Email"] = user.Email, ["Input.Password"] = user.Password }, login);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/", response.Headers.Location!.OriginalString);
        var home = await HtmlPage.GetAsync(client, "/o/kropyvnytskyi");
        Assert.Equal(user.Email, home.Single("[data-signed-in]").GetAttribute("data-signed-in"));
    }

    [Fact]
    public async Task Sign_in_with_a_local_return_address_goes_there()
    {
        var user = await factory.CreateAsync(Roles.Executor);
        var login = "/account/login?ReturnUrl=%2Fprogrammes%3Fpage%3D2";

        var response = await factory.NewClient().PostFormAsync(login, new() { ["Input.Email"] = user.Email, ["Input.Password"] = user.Password }, login);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/programmes?page=2", response.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task The_second_step_with_an_unsafe_return_address_signs_in_and_goes_to_the_home_page()
    {
        var user = await factory.CreateAsync(Roles.Coordinator);
        var unsafeLogin = "/account/login?ReturnUrl=%2F%09%2Fevil.example";
        var client = factory.NewClient();
        var first = await client.PostFormAsync(unsafeLogin, new() { ["Input.Email"] = user.Email, ["Input.Password"] = user.Password }, unsafeLogin);
        var secondStep = first.Headers.Location!.OriginalString;

        var unsafeAnswer = await client.PostFormAsync(secondStep, new() { ["Code"] = Totp.Code(user.TotpKey!) }, secondStep);

        Assert.StartsWith("/account/login-2fa", secondStep, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, unsafeAnswer.StatusCode);
        Assert.Equal("/", unsafeAnswer.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task Wrong_password_is_refused_with_a_Ukrainian_message_and_audited_as_a_failed_sign_in()
    {
        var user = await factory.CreateAsync(Roles.Executor);
        var client = factory.NewClient();

        var response = await client.PostFormAsync("/account/login", new() { ["Input.Email"] = user.Email, ["Input.Password"] = "nepravylnyi-parol-123" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(web::AntiCor.Web.Features.Account.LoginModel.WrongCredentials, await response.Content.ReadAsStringAsync());
        var failed = await factory.QueryAsync(db => db.AuditEntries.Where(a => a.Action == AuditActions.SignInFailed && a.EntityId == user.Id.ToString()).ToListAsync());
        var row = Assert.Single(failed);
        Assert.Contains("wrong-password", row.Changes);
        Assert.Equal(AccountTestSetup.ClientIp, row.Ip);
    }

    [Fact]
    public async Task Five_failed_attempts_lock_the_account_for_15_minutes_even_for_the_right_password()
    {
        var user = await factory.CreateAsync(Roles.Executor);
        var client = factory.NewClient();
        for (var i = 0; i < IdentitySetup.MaxFailedAttempts; i++)
        {
            await client.PostFormAsync("/account/login", new() { ["Input.Email"] = user.Email, ["Input.Password"] = $"wrong-password-{i}-xyz" });
        }

        var right = await client.PostFormAsync("/account/login", new() { ["Input.Email"] = user.Email, ["Input.Password"] = user.Password });

        Assert.Equal(HttpStatusCode.OK, right.StatusCode);
        Assert.Contains(web::AntiCor.Web.Features.Account.LoginModel.LockedOut, await right.Content.ReadAsStringAsync());
        var lockoutEnd = await factory.QueryAsync(db => db.Users.Where(u => u.Id == user.Id).Select(u => u.LockoutEnd).SingleAsync());
        Assert.NotNull(lockoutEnd);
        Assert.InRange(lockoutEnd!.Value - DateTimeOffset.UtcNow, TimeSpan.FromMinutes(14), TimeSpan.FromMinutes(15.1));
        Assert.True(await factory.QueryAsync(db => db.AuditEntries.AnyAsync(a => a.Action == AuditActions.SignInFailed && a.EntityId == user.Id.ToString() && a.Changes!.Contains("locked-out"))));
    }

    [Fact]
    public async Task A_role_that_requires_two_factor_is_held_at_enrolment_until_a_code_is_verified_then_gets_ten_recovery_codes()
    {
        var user = await factory.CreateAsync(Roles.Administrator, enrol: false);
        var client = await factory.SignedInClientAsync(user);

        var held = await client.GetAsync("/admin/users");
        Assert.Equal(HttpStatusCode.Redirect, held.StatusCode);
        Assert.Equal("/account/two-factor", held.Headers.Location!.OriginalString);
        var enrol = await HtmlPage.GetAsync(client, "/account/two-factor");
        Assert.NotNull(enrol.Document.QuerySelector("[data-two-factor-required]"));
        var key = HtmlPage.Text(enrol.Single("[data-totp-key]"));
        Assert.Equal(await factory.AuthenticatorKeyAsync(user.Id), key);
        Assert.StartsWith("otpauth://totp/", HtmlPage.Text(enrol.Single("[data-otpauth-uri]")));
        Assert.Contains($"secret={key}", HtmlPage.Text(enrol.Single("[data-otpauth-uri]")));

        var wrong = await client.PostFormAsync("/account/two-factor?handler=Verify", new() { ["Code"] = "000000" == Totp.Code(key) ? "111111" : "000000" });
        Assert.Contains("Код неправильний", await wrong.Content.ReadAsStringAsync());
        var verified = await client.PostFormAsync("/account/two-factor?handler=Verify", new() { ["Code"] = Totp.Code(key) });

        var page = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(await verified.Content.ReadAsStringAsync());
        Assert.Equal(10, page.QuerySelectorAll("[data-recovery-codes] li code").Length);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/admin/users")).StatusCode);
    }

    [Fact]
    public async Task A_recovery_code_signs_in_once_instead_of_the_authenticator_code()
    {
        var user = await factory.CreateAsync(Roles.Coordinator, enrol: false);
        var client = await factory.SignedInClientAsync(user);
        var key = (await factory.AuthenticatorKeyAsync(user.Id)) ?? HtmlPage.Text((await HtmlPage.GetAsync(client, "/account/two-factor")).Single("[data-totp-key]"));
        var verified = await client.PostFormAsync("/account/two-factor?handler=Verify", new() { ["Code"] = Totp.Code(key) });
        var codes = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(await verified.Content.ReadAsStringAsync())
            .QuerySelectorAll("[data-recovery-codes] li code").Select(c => c.TextContent).ToList();
        Assert.Equal(10, codes.Count);

        var second = factory.NewClient();
        var step1 = await second.PostFormAsync("/account/login", new() { ["Input.Email"] = user.Email, ["Input.Password"] = user.Password });
        Assert.StartsWith("/account/login-2fa", step1.Headers.Location!.OriginalString);
        var step2 = await second.PostFormAsync("/account/login-2fa", new() { ["Code"] = codes[0], ["UseRecoveryCode"] = "true" });

        Assert.Equal(HttpStatusCode.Redirect, step2.StatusCode);
        Assert.Equal("/", step2.Headers.Location!.OriginalString);
        var third = factory.NewClient();
        await third.PostFormAsync("/account/login", new() { ["Input.Email"] = user.Email, ["Input.Password"] = user.Password });
        var reused = await third.PostFormAsync("/account/login-2fa", new() { ["Code"] = codes[0], ["UseRecoveryCode"] = "true" });
        Assert.Equal(HttpStatusCode.OK, reused.StatusCode);
    }

    [Fact]
    public async Task Cookies_are_http_only_and_same_site_lax()
    {
        var user = await factory.CreateAsync(Roles.Executor);
        var client = factory.NewClient();

        var response = await client.PostFormAsync("/account/login", new() { ["Input.Email"] = user.Email, ["Input.Password"] = user.Password });

        var cookie = Assert.Single(response.Headers.GetValues("Set-Cookie"), c => c.StartsWith("AntiCor.Auth=", StringComparison.Ordinal));
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=lax", cookie, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Behind_a_TLS_proxy_the_secure_cookies_setting_marks_the_sign_in_cookie_Secure()
    {
        var user = await factory.CreateAsync(Roles.Executor);
        await using var secured = factory.WithWebHostBuilder(b => b.UseSetting("Accounts:SecureCookies", "true"));
        var client = secured.NewClient();

        var response = await client.PostFormAsync("/account/login", new() { ["Input.Email"] = user.Email, ["Input.Password"] = user.Password });

        var cookie = Assert.Single(response.Headers.GetValues("Set-Cookie"), c => c.StartsWith("AntiCor.Auth=", StringComparison.Ordinal));
        Assert.Contains("secure", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("secure", Assert.Single(
            (await factory.NewClient().PostFormAsync("/account/login", new() { ["Input.Email"] = user.Email, ["Input.Password"] = user.Password }))
                .Headers.GetValues("Set-Cookie"), c => c.StartsWith("AntiCor.Auth=", StringComparison.Ordinal)), StringComparison.OrdinalIgnoreCase);
    }
}
