using AntiCor.Core.Domain;

namespace AntiCor.Core.Mail;

/// <summary>
/// A letter waiting to be sent, written in the same transaction as the change that causes it and
/// delivered later by the sender job. Its Message-ID is fixed at creation, so a letter sent twice
/// (the one window left: a crash after the SMTP server accepted it and before the delivery was
/// recorded) reaches the receiver as the same message, which mail systems drop as a duplicate.
/// </summary>
public sealed class OutboxMessage
{
    public const int AddressLength = 320;
    public const int SubjectLength = 500;
    public const int MessageIdLength = 200;
    public const int DedupKeyLength = 200;
    public const int ErrorLength = 2000;

    private OutboxMessage() { }

    public OutboxMessage(string to, string subject, string textBody, DateTime createdUtc, string messageIdDomain, string? dedupKey = null)
    {
        Guard.NotBlank(to, "Адреса отримувача");
        Guard.NotBlank(subject, "Тема листа");
        Id = Guid.CreateVersion7();
        MessageId = $"{Id:N}@{messageIdDomain}";
        To = to.Trim();
        Subject = subject.Trim();
        TextBody = textBody;
        CreatedUtc = createdUtc;
        NextAttemptUtc = createdUtc;
        DedupKey = string.IsNullOrWhiteSpace(dedupKey) ? null : dedupKey.Trim();
    }

    public Guid Id { get; private set; }

    /// <summary>The RFC 5322 Message-ID without angle brackets, the same on every attempt.</summary>
    public string MessageId { get; private set; } = "";

    public string To { get; private set; } = "";
    public string Subject { get; private set; } = "";
    public string TextBody { get; private set; } = "";
    public DateTime CreatedUtc { get; private set; }

    /// <summary>Attempts started so far (a claimed attempt counts even if its node died before sending).</summary>
    public int Attempts { get; private set; }

    public DateTime NextAttemptUtc { get; private set; }
    public DateTime? SentUtc { get; private set; }

    /// <summary>Set when the last allowed attempt failed: the letter is given up and never sent.</summary>
    public DateTime? FailedUtc { get; private set; }

    public string? LastError { get; private set; }

    /// <summary>A caller's key for "this letter once" (e.g. one reminder per obligation and period); unique.</summary>
    public string? DedupKey { get; private set; }
}
