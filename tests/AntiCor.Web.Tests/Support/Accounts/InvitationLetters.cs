extern alias web;

using System.Web;
using Microsoft.AspNetCore.Mvc.Testing;

namespace AntiCor.Web.Tests.Support.Accounts;

/// <summary>An invitation as the invited user meets it: delivered by the outbox job to the test SMTP server, its link followed.</summary>
public static class InvitationLetters
{
    /// <summary>Runs the outbox job and returns the link of the newest letter to the address (after <paramref name="after"/> earlier ones).</summary>
    public static async Task<Uri> DeliveredInvitationAsync(this WebApplicationFactory<web::Program> factory, string email, int after = 0)
    {
        await factory.DeliverMailAsync();
        var letter = await TestMailServer.Shared.WaitForAsync(email, after);
        Assert.Equal("Запрошення до АнтиКор", letter.Subject);
        return new Uri(letter.TextBody!.Split('\n').Select(l => l.Trim()).Single(l => l.StartsWith("http", StringComparison.Ordinal)));
    }

    /// <summary>Posts the password form of the invitation page as the invited user would.</summary>
    public static Task<HttpResponseMessage> AcceptAsync(this HttpClient client, Uri link, string password)
    {
        var query = HttpUtility.ParseQueryString(link.Query);
        return client.PostFormAsync(link.PathAndQuery, new()
        {
            ["UserId"] = query["userId"]!, ["Code"] = query["code"]!, ["NewPassword"] = password, ["ConfirmPassword"] = password,
        });
    }

    public static int LettersTo(string email) =>
        TestMailServer.Shared.Messages.Count(m => m.To.Mailboxes.Any(x => x.Address.Equals(email, StringComparison.OrdinalIgnoreCase)));
}
