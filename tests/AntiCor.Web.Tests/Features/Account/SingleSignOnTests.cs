using AntiCor.Tests.Shared;
using AngleSharp.Html.Parser;
using AntiCor.Core.Audit;
using AntiCor.Core.Security;
using AntiCor.Web.Tests.Support;
using AntiCor.Web.Tests.Support.Accounts;
using AntiCor.Web.Tests.Support.SingleSignOn;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace AntiCor.Web.Tests.Features.Account;

/// <summary>
/// Single sign-on end to end: the app's sign-in button, a real OpenID Connect provider on
/// Kestrel (code flow with PKCE), the callback, and the account, roles, units and audit trail it leaves.
/// </summary>
[Collection(SingleSignOnCollection.Name)]
public sealed class SingleSignOnTests(SingleSignOnFactory factory)
{
    private const string HrUnit = "Відділ кадрової роботи";

    [Fact]
    public async Task Round_trip_creates_the_account_with_mapped_roles_and_units_named_by_the_provider_and_audits_its_method()
    {
        var other = await factory.QueryAsync(db => db.OrgUnits.Where(u => u.Name != HrUnit).Select(u => u.Id).FirstAsync());
        var hr = await factory.UnitIdAsync(HrUnit);
        var who = NewIdentity(["anticor-executor", "visitor"], ["  відділ   КАДРОВОЇ роботи ", other.ToString()], ["pwd"]);

        var (_, page) = await SignOnAsync(who);

        Assert.Equal(who.Email, page.Single("[data-signed-in]").GetAttribute("data-signed-in"));
        var user = await UserAsync(who.Email);
        Assert.Equal(who.Name, user.DisplayName);
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
            var login = Assert.Single(await users.GetLoginsAsync(user));
            Assert.Equal(("oidc", who.Subject, SingleSignOnFactory.DisplayName), (login.LoginProvider, login.ProviderKey, login.ProviderDisplayName));
            Assert.Equal([Roles.Executor], await factory.RolesAsync(user.Id));
        }

        var units = await factory.QueryAsync(db => db.UserUnits.Where(x => x.UserId == user.Id).Select(x => x.OrgUnitId).ToListAsync());
        Assert.Equal(new[] { hr, other }.Order(), units.Order());
        var signedIn = await factory.QueryAsync(db => db.AuditEntries.Where(a => a.Action == AuditActions.SignedIn && a.EntityId == user.Id.ToString()).ToListAsync());
        var row = Assert.Single(signedIn);
        Assert.Contains("oidc:pwd", row.Changes);
        Assert.Equal(user.Id.ToString(), row.ActorId);
    }

    [Fact]
    public async Task Second_sign_on_with_a_changed_role_claim_revokes_the_old_mapped_role_keeps_local_roles_and_audits_the_change()
    {
        var first = NewIdentity(["anticor-executor"], [HrUnit], ["pwd", "mfa"]);
        await SignOnAsync(first);
        var user = await UserAsync(first.Email);
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            // Granted locally; Head is not in the role map, so the provider never takes it away.
            await factory.GrantAsync(user.Id, Roles.Head);
        }

        var second = first with { Roles = ["anticor-auditor"] };
        var (_, page) = await SignOnAsync(second);

        // Auditor and Head need a second factor; the provider's "mfa" meets it, so no enrolment page.
        Assert.Equal(second.Email, page.Single("[data-signed-in]").GetAttribute("data-signed-in"));
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            Assert.Equal([Roles.Auditor, Roles.Head], (await factory.RolesAsync(user.Id)).Order());
        }

        var changes = await factory.QueryAsync(db => db.AuditEntries
            .Where(a => a.Action == AuditActions.RoleChanged && a.EntityId == user.Id.ToString()).OrderBy(a => a.Sequence).Select(a => a.Changes!).ToListAsync());
        Assert.Equal(
            [
                """{"roles":{"from":[],"to":["Executor"]}}""",
                """{"roles":{"from":["Executor","Head"],"to":["Auditor","Executor","Head"]}}""",
                """{"roles":{"from":["Auditor","Executor","Head"],"to":["Auditor","Head"]}}""",
            ],
            changes.Where(c => c.Contains("\"roles\"", StringComparison.Ordinal)));
        var signIns = await factory.QueryAsync(db => db.AuditEntries
            .Where(a => a.Action == AuditActions.SignedIn && a.EntityId == user.Id.ToString()).Select(a => a.Changes!).ToListAsync());
        Assert.Equal(2, signIns.Count);
        Assert.All(signIns, c => Assert.Contains("oidc:pwd,mfa", c));
    }

    [Fact]
    public async Task A_second_factor_role_without_the_providers_mfa_is_sent_to_local_enrolment()
    {
        var who = NewIdentity(["anticor-coordinator"], [], ["pwd"]);

        var (browser, _) = await SignOnAsync(who);

        Assert.Equal("/account/two-factor", browser.Visited[^1].AbsolutePath);
    }

    [Fact]
    public async Task An_existing_account_is_linked_by_verified_email_but_never_taken_over_by_an_unverified_one()
    {
        var local = await factory.CreateAsync(Roles.Executor);
        var unverified = NewIdentity(["anticor-executor"], [], ["pwd"]) with { Email = local.Email, EmailVerified = false };

        var (refused, _) = await SignOnAsync(unverified);

        Assert.Equal("/account/login", refused.Visited[^1].AbsolutePath);
        Assert.Equal("sso=failed", refused.Visited[^1].Query.TrimStart('?'));

        var verified = unverified with { EmailVerified = true };
        var (_, page) = await SignOnAsync(verified);

        Assert.Equal(local.Email, page.Single("[data-signed-in]").GetAttribute("data-signed-in"));
        await using var scope = factory.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        Assert.Equal(local.Id, (await users.FindByLoginAsync("oidc", verified.Subject))!.Id);
    }

    [Fact]
    public async Task A_user_with_local_totp_whose_provider_did_not_attest_mfa_goes_through_the_local_second_step()
    {
        var local = await factory.CreateAsync(Roles.Coordinator);
        var who = NewIdentity(["anticor-coordinator"], [], ["pwd"]) with { Email = local.Email };

        var (browser, _) = await SignOnAsync(who);
        Assert.Equal("/account/login-2fa", browser.Visited[^1].AbsolutePath);
        var client = new HttpClient(browser, disposeHandler: false) { BaseAddress = new Uri($"http://{Browser.AppHost}/") };
        var token = await TestUsers.AntiforgeryTokenAsync(client, browser.Visited[^1].PathAndQuery);
        using var done = await client.PostAsync(browser.Visited[^1].PathAndQuery, new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Code"] = Totp.Code(local.TotpKey!),
            ["__RequestVerificationToken"] = token,
        }));

        var html = await done.Content.ReadAsStringAsync();
        var page = new HtmlPage(done.StatusCode, html, new HtmlParser().ParseDocument(html));
        Assert.Equal(local.Email, page.Single("[data-signed-in]").GetAttribute("data-signed-in"));
    }

    [Fact]
    public async Task The_sign_in_pages_form_action_policy_admits_the_provider_the_button_redirects_to()
    {
        var (_, client) = factory.NewBrowser();

        using var login = await client.GetAsync("/account/login");

        var csp = string.Join(";", login.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains($"form-action 'self' {factory.Provider.Authority.GetLeftPart(UriPartial.Authority)};", csp);
    }

    private static ProviderIdentity NewIdentity(string[] roles, string[] units, string[] amr)
    {
        var email = TestUsers.NewEmail("sso");
        return new ProviderIdentity($"sub-{Guid.NewGuid():N}", email, "Олена Провайдерська", roles, units, amr);
    }

    /// <summary>From the sign-in page's button through the provider and back; the final page as the browser sees it.</summary>
    private async Task<(Browser Browser, HtmlPage Page)> SignOnAsync(ProviderIdentity who)
    {
        factory.Provider.Next = who;
        var (browser, client) = factory.NewBrowser();
        var login = await HtmlPage.GetAsync(client, "/account/login");
        var button = login.Single("[data-sso]");
        Assert.Equal($"Увійти через {SingleSignOnFactory.DisplayName}", HtmlPage.Text(button));
        var form = button.Closest("form")!;
        var token = form.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;

        using var response = await client.PostAsync(form.GetAttribute("action"), new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["ReturnUrl"] = "/",
            ["__RequestVerificationToken"] = token,
        }));

        Assert.Contains(browser.Visited, u => u.Port == factory.Provider.Authority.Port && u.AbsolutePath == "/connect/authorize");
        Assert.Contains(browser.Visited, u => u.Host == Browser.AppHost && u.AbsolutePath == "/signin-oidc");
        var html = await response.Content.ReadAsStringAsync();
        return (browser, new HtmlPage(response.StatusCode, html, new HtmlParser().ParseDocument(html)));
    }

    private Task<AppUser> UserAsync(string email) =>
        factory.QueryAsync(db => db.Users.SingleAsync(u => u.Email == email));
}
