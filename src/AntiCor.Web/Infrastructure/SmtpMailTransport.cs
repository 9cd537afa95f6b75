using AntiCor.Core.Mail;
using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.Options;
using MimeKit;

namespace AntiCor.Web.Infrastructure;

/// <summary>Hands one outbox letter to the SMTP server in `Mail:Host` (MailKit), under its stored Message-ID.</summary>
public sealed class SmtpMailTransport(IOptions<MailOptions> options)
{
    /// <summary>
    /// Hands the letter over; <paramref name="accepted"/> runs the moment the server has accepted it,
    /// before the polite QUIT, so the caller records the delivery at once: a process killed after the
    /// server's "250" and before that record would send the letter again after a restart.
    /// Throws when the server refused the letter or could not be reached (then it was not accepted).
    /// </summary>
    public async Task SendAsync(OutboxMessage letter, Func<Task> accepted, CancellationToken cancellationToken)
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
        await accepted();
        try
        {
            await client.DisconnectAsync(quit: true, cancellationToken);
        }
        catch (Exception e) when (e is IOException or System.Net.Sockets.SocketException or MailKit.ProtocolException or OperationCanceledException)
        {
            // The letter is the server's already; a connection lost while saying goodbye changes nothing.
        }
    }
}
