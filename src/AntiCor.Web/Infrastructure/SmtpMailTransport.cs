using AntiCor.Core.Mail;
using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.Options;
using MimeKit;

namespace AntiCor.Web.Infrastructure;

/// <summary>Hands one outbox letter to the SMTP server in `Mail:Host` (MailKit), under its stored Message-ID.</summary>
public sealed class SmtpMailTransport(IOptions<MailOptions> options)
{
    /// <summary>Returns once the server has accepted the letter; throws when it refused it or could not be reached.</summary>
    public async Task SendAsync(OutboxMessage letter, CancellationToken cancellationToken)
    {
        var o = options.Value;
        var host = o.IsConfigured ? o.Host! : throw new InvalidOperationException("Mail:Host is not configured.");
        using var message = new MimeMessage();
        message.From.Add(MailboxAddress.Parse(o.From));
        message.To.Add(MailboxAddress.Parse(letter.To));
        message.Subject = letter.Subject;
        message.MessageId = letter.MessageId;
        message.Date = new DateTimeOffset(DateTime.SpecifyKind(letter.CreatedUtc, DateTimeKind.Utc));
        message.Body = new TextPart("plain") { Text = letter.TextBody };
        using var client = new SmtpClient();
        await client.ConnectAsync(host, o.Port, SecureSocketOptions.Auto, cancellationToken);
        await client.SendAsync(message, cancellationToken);
        await client.DisconnectAsync(quit: true, cancellationToken);
    }
}
