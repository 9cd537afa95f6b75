extern alias web;

using System.Net;
using AntiCor.Core.Audit;
using AntiCor.Core.Security;
using AntiCor.Web.Tests.Support;
using AntiCor.Web.Tests.Support.Accounts;
using Microsoft.EntityFrameworkCore;
using web::AntiCor.Web.Features.Account;

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

        var granted = await client.PostFormAsync($"/admin/users/{target.Id}?handler=Grant", new() { ["role"] = Roles.Administrator }, $"/admin/users/{target.Id}");
        var revoked = await client.PostFormAsync($"/admin/users/{target.Id}?handler=Revoke", new() { ["role"] = Roles.Executor }, $"/admin/users/{target.Id}");

        Assert.Equal(HttpStatusCode.Redirect, granted.StatusCode);
        Assert.True(revoked.StatusCode == HttpStatusCode.Redirect, WebUtility.HtmlDecode(await revoked.Content.ReadAsStringAsync()));
        var rows = await factory.QueryAsync(db => db.AuditEntries
            .Where(a => a.Action == AuditActions.RoleChanged && a.EntityId == target.Id.ToString()).OrderBy(a => a.Sequence).ToListAsync());
        Assert.Equal(2, rows.Count);
        Assert.Equal("{\"roles\":{\"from\":[\"Executor\"],\"to\":[\"Administrator\",\"Executor\"]}}", rows[0].Changes);
        Assert.Equal("{\"roles\":{\"from\":[\"Administrator\",\"Executor\"],\"to\":[\"Administrator\"]}}", rows[1].Changes);
        Assert.All(rows, r => Assert.Equal(admin.Id.ToString(), r.ActorId));
        var page = await HtmlPage.GetAsync(client, $"/admin/users/{target.Id}");
        Assert.Equal("True", page.Single($"[data-role='{Roles.Administrator}']").GetAttribute("data-has"));
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
    // A role that needs no second person takes effect here; a confirmed grant is tested below.
    [InlineData("Grant", Roles.Administrator)]
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
    public async Task A_created_user_is_invited_by_mail_and_the_administrator_never_sees_a_credential()
    {
        var admin = await factory.CreateAsync(Roles.Administrator);
        var client = await factory.SignedInClientAsync(admin);
        var email = TestUsers.NewEmail("created");

        var response = await client.PostFormAsync("/admin/users/create", new()
        {
            ["Input.Email"] = email, ["Input.DisplayName"] = "Новий координатор", ["Input.Role"] = Roles.Coordinator,
        });

        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.Contains($"Запрошення надіслано на {email}", html);
        Assert.DoesNotContain("data-one-time-password", html);
        var user = await factory.QueryAsync(db => db.Users.SingleAsync(u => u.Email == email));
        Assert.Null(user.PasswordHash);
        var guessed = await factory.NewClient().PostFormAsync("/account/login", new() { ["Input.Email"] = email, ["Input.Password"] = email });
        Assert.Equal(HttpStatusCode.OK, guessed.StatusCode);

        var link = await factory.DeliveredInvitationAsync(email);
        Assert.Equal("/account/accept-invitation", link.AbsolutePath);
        var invited = factory.NewClient();
        Assert.Contains("data-invitation-accepted", await (await invited.AcceptAsync(link, "vlasnyi parol vykonavytsi")).Content.ReadAsStringAsync());
        var again = WebUtility.HtmlDecode(await (await factory.NewClient().AcceptAsync(link, "chuzhyi parol pislia pershoho")).Content.ReadAsStringAsync());
        Assert.Contains(AcceptInvitationModel.InvalidLink, again);

        await factory.SignedInClientAsync(new TestUser(user.Id, email, "vlasnyi parol vykonavytsi", null));
        Assert.Empty(await factory.RolesAsync(user.Id));
        Assert.True(await factory.QueryAsync(db => db.RoleGrants.AnyAsync(g => g.UserId == user.Id && g.Role == Roles.Coordinator && g.State == RoleGrantState.Pending)));
        var second = await factory.NewClient().PostFormAsync("/account/login", new() { ["Input.Email"] = email, ["Input.Password"] = "chuzhyi parol pislia pershoho" });
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        var audit = await factory.QueryAsync(db => db.AuditEntries.Where(a => a.EntityId == user.Id.ToString()).OrderBy(a => a.Sequence).Select(a => new { a.Action, a.ActorId }).ToListAsync());
        Assert.Contains(audit, a => a.Action == AuditActions.InvitationSent && a.ActorId == admin.Id.ToString());
        Assert.Contains(audit, a => a.Action == AuditActions.InvitationAccepted);
    }

    [Fact]
    public async Task An_invitation_is_resent_from_the_user_card_until_a_password_is_set()
    {
        var admin = await factory.CreateAsync(Roles.Administrator);
        var client = await factory.SignedInClientAsync(admin);
        var email = TestUsers.NewEmail("resent");
        await client.PostFormAsync("/admin/users/create", new() { ["Input.Email"] = email, ["Input.Role"] = Roles.Administrator });
        var id = await factory.QueryAsync(db => db.Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync());
        await factory.DeliveredInvitationAsync(email);

        var resent = await client.PostFormAsync($"/admin/users/{id}?handler=ResendInvitation", [], $"/admin/users/{id}");

        Assert.Equal(HttpStatusCode.Redirect, resent.StatusCode);
        var link = await factory.DeliveredInvitationAsync(email, after: 1);
        Assert.Contains("data-invitation-accepted", await (await factory.NewClient().AcceptAsync(link, "parol z druhoho lysta")).Content.ReadAsStringAsync());
        var refused = await client.PostFormAsync($"/admin/users/{id}?handler=ResendInvitation", [], $"/admin/users/{id}");
        Assert.Contains("Користувач уже встановив пароль", WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync()));
        Assert.Equal(2, InvitationLetters.LettersTo(email));
    }

    [Fact]
    public async Task A_coordinator_grant_waits_for_the_head_and_the_requester_cannot_confirm_it()
    {
        var admin = await factory.CreateAsync(Roles.Administrator);
        var head = await factory.CreateAsync(Roles.Head);
        var (target, _, copied) = await CopiedCookies.SignInAndCopyAsync(factory);
        var client = await factory.SignedInClientAsync(admin);

        var requested = await client.PostFormAsync($"/admin/users/{target.Id}?handler=Grant", new() { ["role"] = Roles.Coordinator }, $"/admin/users/{target.Id}");

        Assert.Equal(HttpStatusCode.Redirect, requested.StatusCode);
        Assert.Equal([Roles.Executor], await factory.RolesAsync(target.Id));
        var card = await HtmlPage.GetAsync(client, $"/admin/users/{target.Id}");
        Assert.Equal("True", card.Single($"[data-role='{Roles.Coordinator}']").GetAttribute("data-pending"));
        var grantId = await factory.QueryAsync(db => db.RoleGrants.Where(g => g.UserId == target.Id).Select(g => g.Id).SingleAsync());
        var own = await client.PostFormAsync("/grants?handler=Confirm", new() { ["grantId"] = grantId.ToString() }, "/grants");
        Assert.Equal(HttpStatusCode.OK, own.StatusCode);
        Assert.Contains(RoleGrantWorkflow.NotEntitled, WebUtility.HtmlDecode(await own.Content.ReadAsStringAsync()));
        Assert.Equal([Roles.Executor], await factory.RolesAsync(target.Id));
        // A pending request changes nothing for the grantee, their session included.
        using (var still = await copied.GetAsync(factory, "/account/change-password"))
        {
            Assert.Equal(HttpStatusCode.OK, still.StatusCode);
        }

        var selfConfirmed = await (await factory.SignedInClientAsync(target)).PostFormAsync("/grants?handler=Confirm", new() { ["grantId"] = grantId.ToString() }, "/account/change-password");
        Assert.Equal(HttpStatusCode.Forbidden, selfConfirmed.StatusCode);

        var headClient = await factory.SignedInClientAsync(head);
        var confirmed = await headClient.PostFormAsync("/grants?handler=Confirm", new() { ["grantId"] = grantId.ToString() }, "/grants");

        Assert.Equal(HttpStatusCode.Redirect, confirmed.StatusCode);
        Assert.Equal([Roles.Coordinator, Roles.Executor], (await factory.RolesAsync(target.Id)).Order().ToList());
        await copied.AssertSignNobodyInAsync(factory);
        var audit = await factory.QueryAsync(db => db.AuditEntries.Where(a => a.EntityId == target.Id.ToString() && (a.Action == AuditActions.GrantRequested || a.Action == AuditActions.GrantConfirmed)).OrderBy(a => a.Sequence).Select(a => new { a.Action, a.ActorId }).ToListAsync());
        Assert.Equal([(AuditActions.GrantRequested, admin.Id.ToString()), (AuditActions.GrantConfirmed, head.Id.ToString())],
            audit.Select(a => (a.Action, a.ActorId!)).ToList());
    }
}
