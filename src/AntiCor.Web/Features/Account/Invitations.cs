using System.Text;
using AntiCor.Core.Audit;
using AntiCor.Core.Data;
using AntiCor.Core.Security;
using AntiCor.Web.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.WebUtilities;

namespace AntiCor.Web.Features.Account;

/// <summary>
/// An invitation letter queued in the outbox (ADR-008) with a single-use link to set the first
/// password: the administrator who created the account never sees a credential of it.
/// </summary>
public sealed class Invitations(UserManager<AppUser> users, IMailSender mail, AppDbContext db)
{
    public const string Path = "/account/accept-invitation";

    public async Task SendAsync(HttpRequest request, AppUser user, Guid? organizationId)
    {
        var token = await users.GenerateUserTokenAsync(user, InvitationTokenOptions.Provider, InvitationTokenOptions.Purpose);
        var code = WebEncoders.Base64UrlEncode(Encoding.UTF8.GetBytes(token));
        var link = $"{request.Scheme}://{request.Host}{request.PathBase}{Path}?userId={user.Id}&code={code}";
        var body = $"""
            Для вас створено обліковий запис в АнтиКор. Щоб встановити власний пароль, відкрийте посилання:

            {link}

            Посилання діє {InvitationTokenOptions.Lifespan.TotalHours:0} годин і лише один раз. Якщо ви не чекали цього листа, просто проігноруйте його.
            """;
        db.RecordAudit(new AuditEvent(AuditActions.InvitationSent, nameof(AppUser), user.Id.ToString(), null) { OrganizationId = organizationId });
        await mail.SendAsync(user.Email!, "Запрошення до АнтиКор", body);
    }
}
