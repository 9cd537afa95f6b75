using System.Net;
using System.Web;
using AntiCor.Core.Security;
using AntiCor.Web.Tests.Support;
using AntiCor.Web.Tests.Support.Accounts;
using Microsoft.EntityFrameworkCore;

namespace AntiCor.Web.Tests.Features.Account;

[Collection(AppCollection.Name)]
public sealed class PasswordTests(AntiCorFactory factory)
{
    [Theory]
    [InlineData("korotkyi-11", "щонайменше 12 символів")]
    [InlineData("qwerty123456", "надто поширений")]
    [InlineData("Parol2025!!!", "надто поширений")]
    [InlineData("slavaukraini2022", "надто поширений")]
    [InlineData("йцукен123456", "надто поширений")]
    [InlineData("aaaaaaaaaaaaaa", "надто поширений")]
    public async Task Change_password_refuses_short_and_common_passwords_in_Ukrainian(string candidate, string expected)
    {
        var user = await factory.CreateAsync(Roles.Executor);
        var client = await factory.SignedInClientAsync(user);

        var response = await client.PostFormAsync("/account/change-password", Fields(user.Password, candidate));

        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(expected, html);
        Assert.DoesNotContain("data-password-changed", html);
    }

    [Fact]
    public async Task A_long_uncommon_password_without_digits_or_symbols_is_accepted()
    {
        var user = await factory.CreateAsync(Roles.Executor);
        var client = await factory.SignedInClientAsync(user);

        var response = await client.PostFormAsync("/account/change-password", Fields(user.Password, "kavova chashka na pidvikonni"));

        Assert.Contains("data-password-changed", await response.Content.ReadAsStringAsync());
        await factory.SignedInClientAsync(user with { Password = "kavova chashka na pidvikonni" });
    }

    [Fact]
    public async Task A_cookie_copied_before_a_password_change_no_longer_signs_anyone_in_after_it()
    {
        var (user, client, copied) = await CopiedCookies.SignInAndCopyAsync(factory);

        var changed = await client.PostFormAsync("/account/change-password", Fields(user.Password, "novyi parol pislia kradizhky"));
        Assert.Contains("data-password-changed", await changed.Content.ReadAsStringAsync());

        await copied.AssertSignNobodyInAsync(factory);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/account/change-password")).StatusCode);
    }

    [Fact]
    public void The_shipped_list_is_a_few_hundred_entries_and_is_checked_case_insensitively_without_trailing_digits()
    {
        Assert.InRange(PasswordRules.CommonPasswords.Count, 300, 5000);
        Assert.NotNull(PasswordRules.Check("QWERTYUIOP2024"));
        Assert.NotNull(PasswordRules.Check("kropyvnytskyi1"));
        Assert.Null(PasswordRules.Check("zhovtyi-avtobus-o-somii"));
    }

    [Fact]
    public async Task Forgotten_password_is_reset_through_the_link_in_the_email()
    {
        var user = await factory.CreateAsync(Roles.Executor);
        var anonymous = factory.NewClient();
        var before = TestMailServer.Shared.Messages.Count(m => m.To.Mailboxes.Any(x => x.Address == user.Email));

        var asked = await anonymous.PostFormAsync("/account/forgot-password", new() { ["Email"] = user.Email });
        Assert.Contains("data-reset-sent", await asked.Content.ReadAsStringAsync());
        await factory.DeliverMailAsync();
        var letter = await TestMailServer.Shared.WaitForAsync(user.Email, before);
        Assert.Equal("anticor@test.local", letter.From.Mailboxes.Single().Address);
        var link = letter.TextBody!.Split('\n').Select(l => l.Trim()).Single(l => l.StartsWith("http", StringComparison.Ordinal));
        var uri = new Uri(link);
        Assert.Equal("/account/reset-password", uri.AbsolutePath);

        var query = HttpUtility.ParseQueryString(uri.Query);
        var reset = await anonymous.PostFormAsync(uri.PathAndQuery, new()
        {
            ["UserId"] = query["userId"]!,
            ["Code"] = query["code"]!,
            ["NewPassword"] = "novyi parol pislia lysta",
            ["ConfirmPassword"] = "novyi parol pislia lysta",
        });

        Assert.Contains("data-password-reset", await reset.Content.ReadAsStringAsync());
        await factory.SignedInClientAsync(user with { Password = "novyi parol pislia lysta" });
        var reused = await anonymous.PostFormAsync(uri.PathAndQuery, new()
        {
            ["UserId"] = query["userId"]!,
            ["Code"] = query["code"]!,
            ["NewPassword"] = "shche odyn novyi parol",
            ["ConfirmPassword"] = "shche odyn novyi parol",
        });
        Assert.Contains("Посилання недійсне", WebUtility.HtmlDecode(await reused.Content.ReadAsStringAsync()));
    }

    [Fact]
    public async Task The_reset_letter_is_queued_in_the_outbox_and_sent_by_the_job_under_its_stored_message_id()
    {
        var user = await factory.CreateAsync(Roles.Executor);

        var asked = await factory.NewClient().PostFormAsync("/account/forgot-password", new() { ["Email"] = user.Email });
        var queued = await factory.QueryAsync(db => db.OutboxMessages.AsNoTracking().SingleAsync(m => m.To == user.Email));
        var arrivedBeforeTheJob = TestMailServer.Shared.Messages.Any(m => m.To.Mailboxes.Any(x => x.Address == user.Email));
        await factory.DeliverMailAsync();
        var letter = await TestMailServer.Shared.WaitForAsync(user.Email);
        var sent = await factory.QueryAsync(db => db.OutboxMessages.AsNoTracking().SingleAsync(m => m.Id == queued.Id));

        Assert.Contains("data-reset-sent", await asked.Content.ReadAsStringAsync());
        Assert.False(arrivedBeforeTheJob);
        Assert.Null(queued.SentUtc);
        Assert.Equal(user.Email, letter.To.Mailboxes.Single().Address);
        Assert.Equal("Відновлення пароля в АнтиКор", letter.Subject);
        Assert.StartsWith("Хтось (можливо, ви) попросив змінити пароль до АнтиКор.", letter.TextBody);
        Assert.Contains($"/account/reset-password?userId={user.Id}&code=", letter.TextBody);
        Assert.Equal(queued.MessageId, letter.MessageId);
        Assert.Equal("test.local", queued.MessageId.Split('@')[1]);
        Assert.NotNull(sent.SentUtc);
        Assert.False(await factory.QueryAsync(db => db.AuditEntries.AnyAsync(e => e.EntityType == "OutboxMessage")));
    }

    [Fact]
    public async Task Unknown_address_gets_the_same_answer_and_no_letter()
    {
        var email = TestUsers.NewEmail("nobody");

        var asked = await factory.NewClient().PostFormAsync("/account/forgot-password", new() { ["Email"] = email });

        Assert.Contains("data-reset-sent", await asked.Content.ReadAsStringAsync());
        await factory.DeliverMailAsync();
        Assert.False(await factory.QueryAsync(db => db.OutboxMessages.AnyAsync(m => m.To == email)));
        Assert.DoesNotContain(TestMailServer.Shared.Messages, m => m.To.Mailboxes.Any(x => x.Address == email));
    }

    private static Dictionary<string, string> Fields(string current, string next) => new()
    {
        ["Input.CurrentPassword"] = current,
        ["Input.NewPassword"] = next,
        ["Input.ConfirmPassword"] = next,
    };
}
