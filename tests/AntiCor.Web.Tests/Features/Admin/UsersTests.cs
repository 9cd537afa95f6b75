using System.Net;
using AntiCor.Core.Audit;
using AntiCor.Core.Security;
using AntiCor.Web.Tests.Support;
using AntiCor.Web.Tests.Support.Accounts;
using Microsoft.EntityFrameworkCore;

namespace AntiCor.Web.Tests.Features.Admin;

[Collection(AppCollection.Name)]
public sealed class UsersTests(AntiCorFactory factory)
{
    [Fact]
    public async Task Granting_and_revoking_a_role_is_audited_with_the_roles_before_and_after()
    {
        var admin = await factory.CreateAsync(Roles.Administrator);
        var target = await factory.CreateAsync(Roles.Executor);
        var client = await factory.SignedInClientAsync(admin);

        var granted = await client.PostFormAsync($"/admin/users/{target.Id}?handler=Grant", new() { ["role"] = Roles.Head }, $"/admin/users/{target.Id}");
        var revoked = await client.PostFormAsync($"/admin/users/{target.Id}?handler=Revoke", new() { ["role"] = Roles.Executor }, $"/admin/users/{target.Id}");

        Assert.Equal(HttpStatusCode.Redirect, granted.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, revoked.StatusCode);
        var rows = await factory.QueryAsync(db => db.AuditEntries
            .Where(a => a.Action == AuditActions.RoleChanged && a.EntityId == target.Id.ToString()).OrderBy(a => a.Sequence).ToListAsync());
        Assert.Equal(2, rows.Count);
        Assert.Equal("{\"roles\":{\"from\":[\"Executor\"],\"to\":[\"Executor\",\"Head\"]}}", rows[0].Changes);
        Assert.Equal("{\"roles\":{\"from\":[\"Executor\",\"Head\"],\"to\":[\"Head\"]}}", rows[1].Changes);
        Assert.All(rows, r => Assert.Equal(admin.Id.ToString(), r.ActorId));
        var page = await HtmlPage.GetAsync(client, $"/admin/users/{target.Id}");
        Assert.Equal("True", page.Single($"[data-role='{Roles.Head}']").GetAttribute("data-has"));
    }

    [Fact]
    public async Task An_administrator_cannot_grant_a_role_to_themselves()
    {
        var admin = await factory.CreateAsync(Roles.Administrator);
        var client = await factory.SignedInClientAsync(admin);

        var response = await client.PostFormAsync($"/admin/users/{admin.Id}?handler=Grant", new() { ["role"] = Roles.Coordinator }, $"/admin/users/{admin.Id}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Власні ролі та підрозділи змінювати не можна", WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()));
        Assert.Equal([Roles.Administrator], await factory.RolesAsync(admin.Id));
        Assert.False(await factory.QueryAsync(db => db.AuditEntries.AnyAsync(a => a.Action == AuditActions.RoleChanged && a.EntityId == admin.Id.ToString())));
    }

    [Fact]
    public async Task Binding_and_unbinding_a_unit_is_audited_and_locking_blocks_sign_in()
    {
        var admin = await factory.CreateAsync(Roles.Administrator);
        var target = await factory.CreateAsync(Roles.Executor);
        var unit = await factory.UnitIdAsync("Відділ кадрової роботи");
        var client = await factory.SignedInClientAsync(admin);

        await client.PostFormAsync($"/admin/users/{target.Id}?handler=Bind", new() { ["unitId"] = unit.ToString() }, $"/admin/users/{target.Id}");
        Assert.True(await factory.QueryAsync(db => db.UserUnits.AnyAsync(x => x.UserId == target.Id && x.OrgUnitId == unit)));
        await client.PostFormAsync($"/admin/users/{target.Id}?handler=Unbind", new() { ["unitId"] = unit.ToString() }, $"/admin/users/{target.Id}");
        await client.PostFormAsync($"/admin/users/{target.Id}?handler=Lock", [], $"/admin/users/{target.Id}");

        var changes = await factory.QueryAsync(db => db.AuditEntries
            .Where(a => a.Action == AuditActions.RoleChanged && a.EntityId == target.Id.ToString()).OrderBy(a => a.Sequence).Select(a => a.Changes).ToListAsync());
        Assert.Equal([$"{{\"units\":{{\"from\":[],\"to\":[\"{unit}\"]}}}}", $"{{\"units\":{{\"from\":[\"{unit}\"],\"to\":[]}}}}"], changes);
        var blocked = await factory.NewClient().PostFormAsync("/account/login", new() { ["Input.Email"] = target.Email, ["Input.Password"] = target.Password });
        Assert.Equal(HttpStatusCode.OK, blocked.StatusCode);
        await client.PostFormAsync($"/admin/users/{target.Id}?handler=Unlock", [], $"/admin/users/{target.Id}");
        await factory.SignedInClientAsync(target);
    }

    [Theory]
    [InlineData("Lock", null)]
    [InlineData("Grant", Roles.Head)]
    [InlineData("Revoke", Roles.Executor)]
    public async Task Locking_a_user_or_changing_their_roles_ends_their_existing_sessions_at_once(string handler, string? role)
    {
        var admin = await factory.SignedInClientAsync(await factory.CreateAsync(Roles.Administrator));
        var (target, _, copied) = await CopiedCookies.SignInAndCopyAsync(factory);
        if (handler == "Revoke")
        {
            // The last role in an organisation is not revoked (the user would drop out of its list): give a second one first.
            await factory.GrantAsync(target.Id, Roles.Auditor);
        }

        var changed = await admin.PostFormAsync($"/admin/users/{target.Id}?handler={handler}", role is null ? [] : new() { ["role"] = role }, $"/admin/users/{target.Id}");

        Assert.Equal(HttpStatusCode.Redirect, changed.StatusCode);
        await copied.AssertSignNobodyInAsync(factory);
    }

    [Fact]
    public async Task Creating_a_user_shows_a_one_time_password_that_must_be_changed_at_first_sign_in()
    {
        var admin = await factory.CreateAsync(Roles.Administrator);
        var client = await factory.SignedInClientAsync(admin);
        var email = TestUsers.NewEmail("created");
        var unit = await factory.UnitIdAsync("Відділ кадрової роботи");

        var response = await client.PostFormAsync("/admin/users/create", new()
        {
            ["Input.Email"] = email, ["Input.DisplayName"] = "Нова виконавиця", ["Input.Role"] = Roles.Executor, ["Input.UnitId"] = unit.ToString(),
        });

        var page = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());
        var password = page.QuerySelector("[data-one-time-password]")!.TextContent;
        var created = factory.NewClient();
        var signIn = await created.PostFormAsync("/account/login", new() { ["Input.Email"] = email, ["Input.Password"] = password });
        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        var held = await created.GetAsync("/my/obligations");
        Assert.Equal("/account/change-password", held.Headers.Location!.OriginalString);
        var changed = await created.PostFormAsync("/account/change-password", new()
        {
            ["Input.CurrentPassword"] = password, ["Input.NewPassword"] = "vlasnyi parol vykonavytsi", ["Input.ConfirmPassword"] = "vlasnyi parol vykonavytsi",
        });
        Assert.Contains("data-password-changed", await changed.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, (await created.GetAsync("/my/obligations")).StatusCode);
    }

    [Fact]
    public async Task An_invitation_is_mailed_with_a_link_to_set_the_password()
    {
        var admin = await factory.CreateAsync(Roles.Administrator);
        var client = await factory.SignedInClientAsync(admin);
        var email = TestUsers.NewEmail("invited");

        var response = await client.PostFormAsync("/admin/users/create", new()
        {
            ["Input.Email"] = email, ["Input.Role"] = Roles.Head, ["Input.SendInvitation"] = "true",
        });

        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("data-invited", html);
        Assert.DoesNotContain("data-one-time-password", html);
        await factory.DeliverMailAsync();
        var letter = await TestMailServer.Shared.WaitForAsync(email);
        Assert.Contains("/account/reset-password?userId=", letter.TextBody!);
    }
}
