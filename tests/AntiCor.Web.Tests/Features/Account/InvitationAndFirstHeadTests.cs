extern alias web;

using System.Net;
using AntiCor.Core.Audit;
using AntiCor.Core.Domain;
using AntiCor.Core.Security;
using AntiCor.Core.Tenancy;
using AntiCor.Tests.Shared;
using AntiCor.Web.Tests.Support;
using AntiCor.Web.Tests.Support.Accounts;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using web::AntiCor.Web.Features.Account;

namespace AntiCor.Web.Tests.Features.Account;

/// <summary>
/// A new organisation on a database and clock of its own: its first administrator is invited by
/// mail and the link lives 72 hours; its first Head is confirmed by another administrator, never
/// by the one who asked nor by the grantee. Own database, because "first" means no Head yet.
/// </summary>
public sealed class InvitationAndFirstHeadTests : IAsyncLifetime
{
    private readonly SharedDatabase _db = new();

    // Starts at the real time only so that nothing outside the app's clock (cookies, key ring) sees a jump back.
    private readonly FakeTimeProvider _time = new(DateTimeOffset.UtcNow);

    public Task InitializeAsync() => _db.InitializeAsync();

    public Task DisposeAsync() => _db.DisposeAsync();

    private NodeFactory Node() => new NodeFactory(_db, _time).Started();

    [Fact]
    public async Task A_first_organisation_administrator_is_invited_without_a_password_and_the_link_expires_after_72_hours()
    {
        await using var node = Node();
        var operatorAdmin = await node.CreateAsync(Roles.DeploymentAdministrator);
        var client = await SignInAsync(node, operatorAdmin);
        var late = TestUsers.NewEmail("late");
        var early = TestUsers.NewEmail("early");

        var created = await CreateOrganizationAsync(client, "Степова сільська рада", "12345678", "stepova", late);
        await CreateOrganizationAsync(client, "Лісова сільська рада", "23456783", "lisova", early);

        Assert.Contains($"Запрошення надіслано на {late}", created);
        Assert.DoesNotContain("data-one-time-password", created);
        var user = await node.QueryAsync(db => db.Users.SingleAsync(u => u.Email == late));
        Assert.Null(user.PasswordHash);
        var lateLink = await node.DeliveredInvitationAsync(late);
        var earlyLink = await node.DeliveredInvitationAsync(early);

        _time.Advance(InvitationTokenOptions.Lifespan - TimeSpan.FromMinutes(1));
        var inTime = await node.NewClient().AcceptAsync(earlyLink, "vchasno vstanovlenyi parol");
        _time.Advance(TimeSpan.FromMinutes(2));
        var tooLate = await node.NewClient().AcceptAsync(lateLink, "zapizno vstanovlenyi parol");

        Assert.Contains("data-invitation-accepted", await inTime.Content.ReadAsStringAsync());
        Assert.Contains(AcceptInvitationModel.InvalidLink, WebUtility.HtmlDecode(await tooLate.Content.ReadAsStringAsync()));
        Assert.Null(await node.QueryAsync(db => db.Users.Where(u => u.Id == user.Id).Select(u => u.PasswordHash).SingleAsync()));
        var audit = await node.QueryAsync(db => db.AuditEntries.Where(a => a.EntityId == user.Id.ToString()).Select(a => new { a.Action, a.ActorId }).ToListAsync());
        Assert.Contains(audit, a => a.Action == AuditActions.InvitationSent && a.ActorId == operatorAdmin.Id.ToString());
        Assert.DoesNotContain(audit, a => a.Action == AuditActions.InvitationAccepted);
    }

    [Fact]
    public async Task The_first_head_is_confirmed_by_another_administrator_and_later_grants_by_the_head()
    {
        await using var node = Node();
        var village = await node.QueryAsync(db => new OrganizationRegistry(db).CreateAsync(
            new NewOrganization("Степова сільська рада", "12345678", "stepova", OrganizationKind.VillageCouncil)));
        var requester = await node.CreateAsync(Roles.Administrator, organization: village.Id);
        var grantee = await node.CreateAsync(Roles.Administrator, organization: village.Id);
        var second = await node.CreateAsync(Roles.Administrator, organization: village.Id);
        var executor = await node.CreateAsync(Roles.Executor, organization: village.Id);
        var requesterClient = await SignInAsync(node, requester);
        var granteeClient = await SignInAsync(node, grantee);
        var secondClient = await SignInAsync(node, second);

        await Post(requesterClient, $"/admin/users/{grantee.Id}?handler=Grant", new() { ["role"] = Roles.Head }, $"/admin/users/{grantee.Id}");
        var grant = await node.QueryAsync(db => db.RoleGrants.Where(g => g.UserId == grantee.Id).Select(g => g.Id).SingleAsync());
        var byRequester = await Confirm(requesterClient, grant);
        var byGrantee = await Confirm(granteeClient, grant);
        Assert.Equal([Roles.Administrator], await node.RolesAsync(grantee.Id));
        var bySecond = await Confirm(secondClient, grant);

        Assert.Contains("Запит підтверджує інша людина", byRequester);
        Assert.Contains("Запит підтверджує інша людина", byGrantee);
        Assert.Null(bySecond);
        Assert.Equal([Roles.Administrator, Roles.Head], (await node.RolesAsync(grantee.Id)).Order().ToList());
        var audit = await node.QueryAsync(db => db.AuditEntries
            .Where(a => a.EntityId == grantee.Id.ToString() && (a.Action == AuditActions.GrantRequested || a.Action == AuditActions.GrantConfirmed))
            .OrderBy(a => a.Sequence).Select(a => new { a.Action, a.ActorId }).ToListAsync());
        Assert.Equal([(AuditActions.GrantRequested, requester.Id.ToString()), (AuditActions.GrantConfirmed, second.Id.ToString())], audit.Select(a => (a.Action, a.ActorId!)).ToList());

        // With a Head in the organisation, administrators no longer confirm: the Head does.
        await Post(requesterClient, $"/admin/users/{executor.Id}?handler=Grant", new() { ["role"] = Roles.Auditor }, $"/admin/users/{executor.Id}");
        var auditor = await node.QueryAsync(db => db.RoleGrants.Where(g => g.UserId == executor.Id).Select(g => g.Id).SingleAsync());
        Assert.Contains(RoleGrantWorkflow.NotEntitled, await Confirm(secondClient, auditor));
        _time.Advance(TimeSpan.FromSeconds(30)); // the Head's confirmed role ended their session; a new code for the new sign-in
        Assert.Null(await Confirm(await SignInAsync(node, grantee), auditor));
        Assert.Equal([Roles.Auditor, Roles.Executor], (await node.RolesAsync(executor.Id)).Order().ToList());
    }

    private async Task<HttpClient> SignInAsync(NodeFactory node, TestUser user)
    {
        var (client, response) = await node.SignInAsync(user, Totp.Code(user.TotpKey!, _time.GetUtcNow()));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return client;
    }

    private static async Task<string> CreateOrganizationAsync(HttpClient client, string name, string code, string slug, string administrator)
    {
        var response = await client.PostFormAsync("/admin/organizations", new()
        {
            ["Input.Name"] = name, ["Input.Code"] = code, ["Input.Slug"] = slug, ["Input.Kind"] = nameof(OrganizationKind.VillageCouncil),
            ["Input.AdministratorEmail"] = administrator,
        });
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.True(response.StatusCode == HttpStatusCode.OK && html.Contains($"data-created-organization=\"{slug}\"", StringComparison.Ordinal), html);
        return html;
    }

    private static async Task Post(HttpClient client, string url, Dictionary<string, string> fields, string formPage)
    {
        var response = await client.PostFormAsync(url, fields, formPage);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
    }

    /// <summary>Confirms on /grants: null when done (a redirect), else the page's decoded text with the refusal.</summary>
    private static async Task<string?> Confirm(HttpClient client, Guid grant)
    {
        var response = await client.PostFormAsync("/grants?handler=Confirm", new() { ["grantId"] = grant.ToString() }, "/grants");
        return response.StatusCode == HttpStatusCode.Redirect ? null : WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
    }
}
