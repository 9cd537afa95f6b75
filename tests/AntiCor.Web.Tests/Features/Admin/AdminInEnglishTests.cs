using System.Net;
using AntiCor.Core.Security;
using AntiCor.Web.Tests.Support;
using AntiCor.Web.Tests.Support.Accounts;

namespace AntiCor.Web.Tests.Features.Admin;

/// <summary>The administrator's pages speak English to an English reader, their refusals included.</summary>
[Collection(AppCollection.Name)]
public sealed class AdminInEnglishTests(AntiCorFactory factory)
{
    [Fact]
    public async Task The_users_and_units_pages_are_english_with_culture_en()
    {
        var client = await factory.SignedInClientAsync(await factory.CreateAsync(Roles.Administrator));

        var users = await HtmlPage.GetAsync(client, "/admin/users?culture=en");
        var units = await HtmlPage.GetAsync(client, "/admin/units?culture=en");

        Assert.Equal(HttpStatusCode.OK, users.Status);
        Assert.Equal("en", users.Single("html").GetAttribute("lang"));
        Assert.Equal("Users", HtmlPage.Text(users.Single("h1")));
        Assert.Equal("Create a user", HtmlPage.Text(users.Single("a.button[href='/admin/users/create']")));
        Assert.Equal("Units", HtmlPage.Text(units.Single("h1")));
        Assert.Equal("Name of the new unit", HtmlPage.Text(units.Single("label[for='name']")));
    }

    [Fact]
    public async Task Granting_oneself_a_role_is_refused_in_english_to_an_english_reader()
    {
        var admin = await factory.CreateAsync(Roles.Administrator);
        var client = await factory.SignedInClientAsync(admin);
        (await client.GetAsync("/language/en?returnUrl=%2F")).Dispose();

        var response = await client.PostFormAsync($"/admin/users/{admin.Id}?handler=Grant", new() { ["role"] = Roles.Coordinator }, $"/admin/users/{admin.Id}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("You cannot change your own roles and units", WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()), StringComparison.Ordinal);
    }
}
