using AntiCor.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace AntiCor.Core.Mail;

/// <summary>A plain-text letter to queue.</summary>
public sealed record OutboxLetter(string To, string Subject, string TextBody);

/// <summary>
/// Queues letters in the caller's unit of work: the row is added to the current
/// <see cref="AppDbContext"/> and saved by the caller's own SaveChanges, in the same transaction
/// as the change that causes the letter; if that change rolls back, no letter is sent.
/// </summary>
public interface IOutbox
{
    /// <summary>Adds the letter to the current context (not saved yet).</summary>
    OutboxMessage Enqueue(OutboxLetter letter);

    /// <summary>
    /// Adds the letter unless one with the same key was ever queued; false when it was. The unique
    /// index on the key refuses the save if another writer queued the same key in the meantime.
    /// </summary>
    Task<bool> EnqueueOnceAsync(OutboxLetter letter, string dedupKey, CancellationToken cancellationToken = default);
}

public sealed class Outbox(AppDbContext db, TimeProvider time, string messageIdDomain) : IOutbox
{
    public OutboxMessage Enqueue(OutboxLetter letter) => Add(letter, null);

    public async Task<bool> EnqueueOnceAsync(OutboxLetter letter, string dedupKey, CancellationToken cancellationToken = default)
    {
        var key = dedupKey.Trim();
        if (db.OutboxMessages.Local.Any(m => m.DedupKey == key)
            || await db.OutboxMessages.AnyAsync(m => m.DedupKey == key, cancellationToken))
        {
            return false;
        }

        Add(letter, key);
        return true;
    }

    private OutboxMessage Add(OutboxLetter letter, string? dedupKey)
    {
        var message = new OutboxMessage(letter.To, letter.Subject, letter.TextBody, time.GetUtcNow().UtcDateTime, messageIdDomain, dedupKey);
        db.OutboxMessages.Add(message);
        return message;
    }
}
