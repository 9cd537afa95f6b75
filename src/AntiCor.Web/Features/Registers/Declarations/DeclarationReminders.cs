using AntiCor.Core.Data;
using AntiCor.Core.Mail;
using Microsoft.EntityFrameworkCore;

namespace AntiCor.Web.Features.Registers.Declarations;

/// <summary>
/// Reminds declarants who have not filed yet, through the outbox: a letter when the deadline is
/// <see cref="DaysBefore"/> days away or nearer. Each step is one outbox row keyed by the entry
/// and the step, so a rerun the same day (the daily job, the coordinator's button, a restarted
/// node) finds it queued and sends nothing twice; an entry added late gets only the nearest step.
/// </summary>
public static class DeclarationReminders
{
    public static readonly IReadOnlyList<int> DaysBefore = [14, 1];

    public static async Task<int> QueueAsync(AppDbContext db, IOutbox outbox, DateOnly today, CancellationToken cancellationToken)
    {
        var latest = today.AddDays(DaysBefore.Max());
        var open = await db.Declarations
            .Where(d => d.FiledOn == null && d.Email != null && d.ErasedAtUtc == null && d.DueOn >= today && d.DueOn <= latest)
            .OrderBy(d => d.DueOn).ThenBy(d => d.Id)
            .ToListAsync(cancellationToken);
        var queued = 0;
        foreach (var declaration in open)
        {
            var left = declaration.DueOn.DayNumber - today.DayNumber;
            var step = DaysBefore.Where(s => left <= s).Min();
            var letter = new OutboxLetter(declaration.Email!, DeclarationsText.Subject(declaration.DueOn),
                DeclarationsText.Body(declaration.PersonName, declaration.Year, declaration.IsLeaver, declaration.DueOn, left));
            if (await outbox.EnqueueOnceAsync(letter, $"declaration:{declaration.Id:N}:before-{step}", cancellationToken))
            {
                queued++;
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        return queued;
    }
}
