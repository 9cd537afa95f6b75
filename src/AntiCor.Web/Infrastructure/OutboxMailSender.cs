using AntiCor.Core.Data;
using AntiCor.Core.Mail;

namespace AntiCor.Web.Infrastructure;

/// <summary><see cref="IMailSender"/> through the outbox: queue, save, and let the sender job deliver.</summary>
public sealed class OutboxMailSender(IOutbox outbox, AppDbContext db) : IMailSender
{
    public async Task SendAsync(string to, string subject, string body, CancellationToken cancellationToken = default)
    {
        outbox.Enqueue(new OutboxLetter(to, subject, body));
        await db.SaveChangesAsync(cancellationToken);
    }
}
