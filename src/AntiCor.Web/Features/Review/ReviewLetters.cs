using AntiCor.Core.Data;
using AntiCor.Core.Mail;
using AntiCor.Core.Reporting;
using Microsoft.EntityFrameworkCore;

namespace AntiCor.Web.Features.Review;

/// <summary>
/// Tells the obliged unit's executors what the department decided on their report: a letter to
/// every user bound to the unit who is a member of the organisation, queued in the outbox with
/// the decision (the caller's save sends them all or none).
/// </summary>
public sealed class ReviewLetters(AppDbContext db, IOutbox outbox)
{
    public async Task<int> QueueAsync(Obligation obligation, Report report, string measureNumber, string periodLabel, string link, CancellationToken cancellationToken)
    {
        var unitName = await db.OrgUnits.Where(u => u.Id == obligation.OrgUnitId).Select(u => u.Name).SingleAsync(cancellationToken);
        var recipients = await db.UserUnits.Where(x => x.OrgUnitId == obligation.OrgUnitId)
            .Join(db.Users, x => x.UserId, u => u.Id, (x, u) => u)
            .Where(u => u.Email != null && db.Memberships.Any(m => m.UserId == u.Id && m.OrganizationId == obligation.OrganizationId))
            .Select(u => u.Email!).Distinct().OrderBy(e => e).ToListAsync(cancellationToken);
        var (subject, body) = ReviewText.Letter(report.State == ReportState.Accepted, measureNumber, periodLabel, unitName, report.ReviewComment, link);
        foreach (var to in recipients)
        {
            outbox.Enqueue(new OutboxLetter(to, subject, body));
        }

        return recipients.Count;
    }
}
