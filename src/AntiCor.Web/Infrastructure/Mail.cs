namespace AntiCor.Web.Infrastructure;

/// <summary>`Mail:Host`, `Mail:Port`, `Mail:From`: the SMTP server the outbox hands its letters to.</summary>
public sealed class MailOptions
{
    public string? Host { get; set; }
    public int Port { get; set; } = 25;
    public string From { get; set; } = "anticor@localhost";

    public bool IsConfigured => !string.IsNullOrWhiteSpace(Host);

    /// <summary>The right-hand side of the Message-IDs the app makes: the sender's domain.</summary>
    public string MessageIdDomain()
    {
        var at = From.LastIndexOf('@');
        var domain = at < 0 ? "" : From[(at + 1)..].Trim().TrimEnd('>');
        return domain.Length > 0 ? domain : "anticor.local";
    }
}

/// <summary>
/// A letter for a page that has nothing else to save: it is queued in the outbox and saved at
/// once (with anything else pending in the request's context), then sent by the outbox job.
/// Code that changes data as well queues through <see cref="Core.Mail.IOutbox"/> and saves once.
/// </summary>
public interface IMailSender
{
    Task SendAsync(string to, string subject, string body, CancellationToken cancellationToken = default);
}
