using MailKit.Net.Smtp;
using MailKit.Security;
using MimeKit;

namespace AntiCor.Web.Infrastructure;

/// <summary>`Mail:Host`, `Mail:Port`, `Mail:From`: the SMTP server the app hands its letters to.</summary>
public sealed class MailOptions
{
    public string? Host { get; set; }
    public int Port { get; set; } = 25;
    public string From { get; set; } = "anticor@localhost";
}

public interface IMailSender
{
    Task SendAsync(string to, string subject, string body, CancellationToken cancellationToken = default);
}

/// <summary>Plain-text mail through MailKit. No host configured: the letter is logged as not sent.</summary>
public sealed partial class SmtpMailSender(Microsoft.Extensions.Options.IOptions<MailOptions> options, ILogger<SmtpMailSender> logger) : IMailSender
{
    public async Task SendAsync(string to, string subject, string body, CancellationToken cancellationToken = default)
    {
        var o = options.Value;
        if (string.IsNullOrWhiteSpace(o.Host))
        {
            LogNotConfigured(logger, subject);
            return;
        }

        var message = new MimeMessage();
        message.From.Add(MailboxAddress.Parse(o.From));
        message.To.Add(MailboxAddress.Parse(to));
        message.Subject = subject;
        message.Body = new TextPart("plain") { Text = body };
        using var client = new SmtpClient();
        await client.ConnectAsync(o.Host, o.Port, SecureSocketOptions.Auto, cancellationToken);
        await client.SendAsync(message, cancellationToken);
        await client.DisconnectAsync(quit: true, cancellationToken);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Mail:Host is not configured: the letter \"{Subject}\" was not sent")]
    private static partial void LogNotConfigured(ILogger logger, string subject);
}
