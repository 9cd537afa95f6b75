using System.Net;
using AntiCor.Web.Tests.Support;
using AntiCor.Web.Tests.Support.Accounts;

namespace AntiCor.Web.Tests.Features.Account;

[Collection(AppCollection.Name)]
public sealed class LogoutTests(AntiCorFactory factory)
{
    [Fact]
    public async Task A_cookie_copied_before_sign_out_no_longer_signs_anyone_in_after_it()
    {
        var (_, client, copied) = await CopiedCookies.SignInAndCopyAsync(factory);

        var signOut = await client.PostFormAsync("/account/logout", []);
        Assert.Equal(HttpStatusCode.Redirect, signOut.StatusCode);

        await copied.AssertSignNobodyInAsync(factory);
    }

    [Fact]
    public async Task A_lockout_by_guessed_passwords_ends_the_sessions_already_open()
    {
        var (user, _, copied) = await CopiedCookies.SignInAndCopyAsync(factory);
        var guesser = factory.NewClient();

        for (var i = 0; i < AntiCor.Core.Security.IdentitySetup.MaxFailedAttempts; i++)
        {
            await guesser.PostFormAsync("/account/login", new() { ["Input.Email"] = user.Email, ["Input.Password"] = $"vgadanyi-parol-{i}-xyz" });
        }

        await copied.AssertSignNobodyInAsync(factory);
    }
}
