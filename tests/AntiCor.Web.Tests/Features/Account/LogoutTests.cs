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
}
