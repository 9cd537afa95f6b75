using System.Net;
using AntiCor.Core.Audit;
using AntiCor.Core.Security;
using AntiCor.Tests.Shared;
using AntiCor.Web.Tests.Support;
using AntiCor.Web.Tests.Support.Accounts;
using Microsoft.EntityFrameworkCore;

namespace AntiCor.Web.Tests.Features.Account;

[Collection(AppCollection.Name)]
public sealed class LoginTwoFactorTests(AntiCorFactory factory)
{
    [Fact]
    public async Task A_TOTP_code_signs_in_once_and_is_refused_in_Ukrainian_when_used_again_in_its_window()
    {
        var user = await factory.CreateAsync(Roles.Coordinator);
        var code = Totp.Code(user.TotpKey!);

        var (_, first) = await factory.SignInAsync(user, code);
        var (_, again) = await factory.SignInAsync(user, code);

        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Contains(SingleUseAuthenticatorTokenProvider.AlreadyUsedMessage, WebUtility.HtmlDecode(await again.Content.ReadAsStringAsync()));
        Assert.True(await factory.QueryAsync(db => db.AuditEntries.AnyAsync(a =>
            a.Action == AuditActions.SignInFailed && a.EntityId == user.Id.ToString() && a.Changes!.Contains("reused-totp"))));
    }

    [Fact]
    public async Task The_code_that_confirmed_enrolment_cannot_sign_in_again_in_its_window()
    {
        var user = await factory.CreateAsync(Roles.Administrator, enrol: false);
        var client = await factory.SignedInClientAsync(user);
        var key = HtmlPage.Text((await HtmlPage.GetAsync(client, "/account/two-factor")).Single("[data-totp-key]"));
        var code = Totp.Code(key);
        var enrolled = await client.PostFormAsync("/account/two-factor?handler=Verify", new() { ["Code"] = code });
        Assert.Contains("data-recovery-codes", await enrolled.Content.ReadAsStringAsync());

        var (_, replayed) = await factory.SignInAsync(user with { TotpKey = key }, code);

        Assert.Equal(HttpStatusCode.OK, replayed.StatusCode);
        Assert.Contains(SingleUseAuthenticatorTokenProvider.AlreadyUsedMessage, WebUtility.HtmlDecode(await replayed.Content.ReadAsStringAsync()));
    }
}
