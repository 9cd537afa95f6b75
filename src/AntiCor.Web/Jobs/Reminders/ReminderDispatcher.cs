using AntiCor.Core.Data;
using AntiCor.Core.Domain;
using AntiCor.Core.Mail;
using AntiCor.Core.Reporting;
using AntiCor.Core.Security;
using AntiCor.Core.Telemetry;
using Microsoft.EntityFrameworkCore;

namespace AntiCor.Web.Jobs.Reminders;

/// <summary>What one reminder run queued: letters, and obligation steps recorded.</summary>
public sealed record ReminderRun(int Letters, int Steps);

/// <summary>
/// Queues the day's reminders and escalations, one organisation per transaction.
/// <para>
/// Letters are grouped by recipient: a person bound to a unit with twelve measures due gets one
/// letter naming all twelve, not twelve letters. The record of what was sent stays per obligation
/// and step (<see cref="ReminderDelivery"/>, unique on both), because that is what must not repeat:
/// a rerun the same day, or a restarted node, finds the steps recorded and queues nothing, while an
/// obligation planned later that day still gets its own step. Records and letters are saved in one
/// transaction, so either both exist or neither does; a second run racing this one breaks the
/// unique index and rolls back its letters with its records.
/// </para>
/// </summary>
public sealed class ReminderDispatcher(AppDbContext db, IOutbox outbox, TimeProvider time, ReminderOptions options)
{
    private static readonly ObligationState[] Open = [ObligationState.Missing, ObligationState.Draft, ObligationState.Returned];

    public async Task<ReminderRun> RunAsync(CancellationToken cancellationToken)
    {
        var ladder = ReminderKinds.Ladder(options);
        var today = KyivTime.Today(time);
        var latest = today.AddDays(-ladder.Min(s => s.Day));
        var earliest = today.AddDays(-(ladder.Max(s => s.Day) + Math.Max(0, options.CatchUpDays)));
        var due = await DueAsync(earliest, latest, cancellationToken);
        int letters = 0, steps = 0;
        foreach (var organization in due.GroupBy(o => o.OrganizationId))
        {
            var run = await RunForOrganizationAsync(organization.Key, [.. organization], ladder, today, cancellationToken);
            letters += run.Letters;
            steps += run.Steps;
        }

        return new ReminderRun(letters, steps);
    }

    private async Task<ReminderRun> RunForOrganizationAsync(Guid organizationId, List<DueObligation> due, IReadOnlyList<ReminderStep> ladder, DateOnly today, CancellationToken cancellationToken)
    {
        var ids = due.Select(o => o.Id).ToList();
        var done = (await db.ReminderDeliveries.AsNoTracking().Where(d => ids.Contains(d.ObligationId))
            .Select(d => new { d.ObligationId, d.Kind }).ToListAsync(cancellationToken))
            .Select(d => (d.ObligationId, d.Kind)).ToHashSet();
        var items = due
            .SelectMany(o => ReminderKinds.Reached(ladder, today.DayNumber - o.DueOn.DayNumber, options.CatchUpDays)
                .Select(step => new ReminderItem(o, step, today.DayNumber - o.DueOn.DayNumber)))
            .Where(i => !done.Contains((i.Obligation.Id, i.Step.Kind)))
            .ToList();
        if (items.Count == 0)
        {
            return new ReminderRun(0, 0);
        }

        var executors = await ExecutorsAsync(organizationId, [.. items.Select(i => i.Obligation.OrgUnitId).Distinct()], cancellationToken);
        var coordinators = await HoldersAsync(organizationId, Roles.Coordinator, ReminderAudience.Coordinators, cancellationToken);
        var heads = await HoldersAsync(organizationId, Roles.Head, ReminderAudience.Heads, cancellationToken);
        IReadOnlyList<ReminderRecipient> RecipientsOf(ReminderItem i) => i.Step.Audience switch
        {
            ReminderAudience.Executors => executors[i.Obligation.OrgUnitId].ToList(),
            ReminderAudience.Coordinators => coordinators,
            _ => heads,
        };

        var now = time.GetUtcNow().UtcDateTime;
        var byRecipient = new Dictionary<ReminderRecipient, List<ReminderItem>>();
        foreach (var item in items)
        {
            var recipients = RecipientsOf(item);
            // Recorded even with nobody to tell (a unit without executors yet): the step is over; the
            // next step, or the escalation, still comes.
            db.ReminderDeliveries.Add(new ReminderDelivery(item.Obligation.Id, item.Step.Kind, recipients.Count, now));
            foreach (var recipient in recipients)
            {
                (byRecipient.TryGetValue(recipient, out var list) ? list : byRecipient[recipient] = []).Add(item);
            }
        }

        foreach (var (recipient, list) in byRecipient)
        {
            outbox.Enqueue(ReminderLetters.For(recipient, list, options));
        }

        await db.SaveChangesAsync(cancellationToken);
        db.ChangeTracker.Clear();
        AntiCorTelemetry.RemindersSent.Add(byRecipient.Count);
        return new ReminderRun(byRecipient.Count, items.Count);
    }

    private async Task<List<DueObligation>> DueAsync(DateOnly earliest, DateOnly latest, CancellationToken cancellationToken)
    {
        var rows = await (
            from o in db.Obligations.AsNoTracking()
            join p in db.ReportingPeriods on o.PeriodId equals p.Id
            join m in db.Measures on o.MeasureId equals m.Id
            join u in db.OrgUnits on o.OrgUnitId equals u.Id
            join pr in db.Programmes on o.ProgrammeId equals pr.Id
            where p.ClosedAtUtc == null && o.WithdrawnAtUtc == null && !o.IsExternal && Open.Contains(o.State)
                && p.DueOn >= earliest && p.DueOn <= latest
            select new { o.Id, o.OrganizationId, o.OrgUnitId, UnitName = u.Name, pr.Title, p.Key, p.DueOn, m.Number })
            .ToListAsync(cancellationToken);
        return [.. rows.Select(r => new DueObligation(r.Id, r.OrganizationId, r.OrgUnitId, r.UnitName, r.Title, PeriodKey.Parse(r.Key).Label, r.DueOn, r.Number))];
    }

    /// <summary>The executors of each unit: bound to it and holding the executor role in its organisation.</summary>
    private async Task<ILookup<Guid, ReminderRecipient>> ExecutorsAsync(Guid organizationId, List<Guid> units, CancellationToken cancellationToken)
    {
        var rows = await (
            from uu in db.UserUnits
            join ms in db.Memberships on uu.UserId equals ms.UserId
            join user in db.Users on uu.UserId equals user.Id
            where units.Contains(uu.OrgUnitId) && ms.OrganizationId == organizationId && ms.Role == Roles.Executor && user.Email != null
            select new { uu.OrgUnitId, user.Id, user.Email })
            .Distinct().ToListAsync(cancellationToken);
        return rows.ToLookup(r => r.OrgUnitId, r => new ReminderRecipient(r.Id, r.Email!, ReminderAudience.Executors));
    }

    private async Task<List<ReminderRecipient>> HoldersAsync(Guid organizationId, string role, ReminderAudience audience, CancellationToken cancellationToken) =>
        [.. (await (
            from ms in db.Memberships
            join user in db.Users on ms.UserId equals user.Id
            where ms.OrganizationId == organizationId && ms.Role == role && user.Email != null
            select new { user.Id, user.Email })
            .Distinct().ToListAsync(cancellationToken))
            .Select(r => new ReminderRecipient(r.Id, r.Email!, audience))];
}
