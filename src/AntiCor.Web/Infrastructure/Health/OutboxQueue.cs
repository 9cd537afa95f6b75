using AntiCor.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace AntiCor.Web.Infrastructure.Health;

/// <summary>The outbox as the readiness check and the depth metric see it: letters neither sent nor given up.</summary>
public static class OutboxQueue
{
    public static Task<int> WaitingAsync(AppDbContext db, CancellationToken cancellationToken) =>
        db.OutboxMessages.CountAsync(m => m.SentUtc == null && m.FailedUtc == null, cancellationToken);

    /// <summary>Letters whose attempt has been due since before <paramref name="dueBeforeUtc"/>: nobody is sending them.</summary>
    public static Task<int> OverdueAsync(AppDbContext db, DateTime dueBeforeUtc, CancellationToken cancellationToken) =>
        db.OutboxMessages.CountAsync(m => m.SentUtc == null && m.FailedUtc == null && m.NextAttemptUtc < dueBeforeUtc, cancellationToken);
}
