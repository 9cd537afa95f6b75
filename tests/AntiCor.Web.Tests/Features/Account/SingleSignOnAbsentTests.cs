using System.Net;
using AntiCor.Web.Tests.Support;
using AntiCor.Web.Tests.Support.Accounts;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.DependencyInjection;

namespace AntiCor.Web.Tests.Features.Account;

/// <summary>The shared app has no `Oidc` section: no scheme, no button, and the button's target refuses.</summary>
[Collection(AppCollection.Name)]
public sealed class SingleSignOnAbsentTests(AntiCorFactory factory)
{
    [Fact]
    public async Task Without_the_Oidc_section_the_login_page_has_no_sso_button_and_the_oidc_scheme_does_not_exist()
    {
        var client = factory.NewClient();

        var login = await HtmlPage.GetAsync(client, "/account/login");
        var refused = await client.PostFormAsync("/account/external-login", new() { ["ReturnUrl"] = "/" }, formPage: "/account/login");

        Assert.Equal(HttpStatusCode.OK, login.Status);
        Assert.Empty(login.All("[data-sso]"));
        Assert.DoesNotContain("Увійти через", login.Html);
        Assert.Equal(HttpStatusCode.NotFound, refused.StatusCode);
        Assert.Null(await factory.Services.GetRequiredService<IAuthenticationSchemeProvider>().GetSchemeAsync("oidc"));
    }
}
