using AntiCor.Core.Data;
using AntiCor.Core.Domain;
using Microsoft.EntityFrameworkCore;

namespace AntiCor.Core.Reporting;

/// <summary>A due date the calendar moves: before and after a change of the rule (null: the period appears or goes).</summary>
public sealed record DueDateChange(string Period, string Label, DateOnly? Was, DateOnly? Becomes);

/// <summary>
/// Keeps a programme's periods and obligations in step with its rule, its measures and their
/// executors: periods from the calendar, and for each open period one obligation per active
/// measure and obligated unit (groups expanded to their members; outside parties have none).
/// Closed periods are never touched; an obligation that no longer applies is removed while
/// nothing was written on it, and withdrawn (kept, not counted) once something was.
/// Changes are made to the context; the caller saves them in its own transaction.
/// </summary>
public sealed class ReportingSchedule(AppDbContext db, TimeProvider time)
{
    public async Task<DaysOff> DaysOffAsync(CancellationToken cancellationToken = default) =>
        new(await db.PublicHolidays.AsNoTracking().Select(h => h.Date).ToListAsync(cancellationToken));

    public async Task<IReadOnlyList<ScheduledPeriod>> CalendarAsync(Programme programme, ReportingRule rule, CancellationToken cancellationToken = default) =>
        ReportingCalendar.Periods(rule, programme.LegalBasis.Date, programme.PeriodFrom, programme.PeriodTo, await DaysOffAsync(cancellationToken));

    /// <summary>What changing the rule to <paramref name="rule"/> would do to the due dates, shown before it is saved.</summary>
    public async Task<IReadOnlyList<DueDateChange>> PreviewAsync(Programme programme, ReportingRule rule, CancellationToken cancellationToken = default)
    {
        var now = (await CalendarAsync(programme, programme.Reporting, cancellationToken)).ToDictionary(p => p.Key.ToString());
        var then = (await CalendarAsync(programme, rule.Validated(), cancellationToken)).ToDictionary(p => p.Key.ToString());
        return [.. now.Keys.Union(then.Keys)
            .Select(k => (Key: k, Was: now.GetValueOrDefault(k), Becomes: then.GetValueOrDefault(k)))
            .Where(x => x.Was?.DueOn != x.Becomes?.DueOn)
            .OrderBy(x => (x.Was ?? x.Becomes)!.Starts)
            .Select(x => new DueDateChange(x.Key, (x.Was ?? x.Becomes)!.Key.Label, x.Was?.DueOn, x.Becomes?.DueOn))];
    }

    /// <summary>Brings periods and obligations of the programme in step; returns the programme's periods.</summary>
    public async Task<IReadOnlyList<ReportingPeriod>> PlanAsync(Guid programmeId, CancellationToken cancellationToken = default)
    {
        var programme = await db.Programmes
            .Include(p => p.Directions).ThenInclude(d => d.Measures).ThenInclude(m => m.Executors).ThenInclude(e => e.OrgUnit)
            .AsSplitQuery()
            .SingleAsync(p => p.Id == programmeId, cancellationToken);
        var periods = await PlanPeriodsAsync(programme, cancellationToken);
        // Loaded into the tracker, so members added or removed in the caller's unit of work count too.
        await db.GroupMembers.Where(g => g.OrganizationId == programme.OrganizationId).LoadAsync(cancellationToken);
        var members = db.GroupMembers.Local.Where(g => g.OrganizationId == programme.OrganizationId)
            .ToLookup(g => g.GroupId, g => g.MemberId);
        foreach (var period in periods.Where(p => !p.IsClosed))
        {
            await PlanObligationsAsync(programme, period, members, cancellationToken);
        }

        return periods;
    }

    private async Task<List<ReportingPeriod>> PlanPeriodsAsync(Programme programme, CancellationToken cancellationToken)
    {
        var stored = await db.ReportingPeriods.Where(p => p.ProgrammeId == programme.Id).ToListAsync(cancellationToken);
        var scheduled = await CalendarAsync(programme, programme.Reporting, cancellationToken);
        var result = new List<ReportingPeriod>();
        foreach (var s in scheduled)
        {
            var period = stored.FirstOrDefault(p => p.Key == s.Key.ToString());
            if (period is null)
            {
                period = new ReportingPeriod(programme, s);
                db.ReportingPeriods.Add(period);
            }
            else if (!period.IsClosed && period.DueOn != s.DueOn)
            {
                period.Reschedule(s.DueOn);
            }

            result.Add(period);
        }

        // Periods the rule no longer has (its frequency changed): gone while nothing was reported in them.
        foreach (var old in stored.Where(p => !result.Contains(p)))
        {
            var obligations = await db.Obligations.Where(o => o.PeriodId == old.Id).ToListAsync(cancellationToken);
            if (!old.IsClosed && obligations.All(o => o.State == ObligationState.Missing)
                && !await db.MeasureAssessments.AnyAsync(a => a.PeriodId == old.Id, cancellationToken))
            {
                await RemoveAsync(obligations, cancellationToken);
                db.ReportingPeriods.Remove(old);
            }
            else
            {
                result.Add(old);
            }
        }

        return [.. result.OrderBy(p => p.StartsOn)];
    }

    private async Task PlanObligationsAsync(Programme programme, ReportingPeriod period, ILookup<Guid, Guid> members, CancellationToken cancellationToken)
    {
        var expected = new Dictionary<(Guid Measure, Guid Unit), bool>();
        foreach (var measure in programme.Directions.SelectMany(d => d.Measures)
            .Where(m => MeasureActivity.IsActive(m.Term, period.StartsOn, period.EndsOn)))
        {
            foreach (var executor in measure.Executors.OrderBy(e => e.Position))
            {
                switch (executor.OrgUnit.Kind)
                {
                    case ExecutorKind.Unit or ExecutorKind.Position:
                        expected[(measure.Id, executor.OrgUnitId)] = executor.IsLead
                            || expected.GetValueOrDefault((measure.Id, executor.OrgUnitId));
                        break;
                    case ExecutorKind.Group:
                        foreach (var member in members[executor.OrgUnitId])
                        {
                            expected.TryAdd((measure.Id, member), false);
                        }

                        break;
                }
            }
        }

        var stored = period.Id == Guid.Empty
            ? []
            : await db.Obligations.Where(o => o.PeriodId == period.Id && !o.IsExternal).ToListAsync(cancellationToken);
        stored.AddRange(db.Obligations.Local.Where(o => o.PeriodId == period.Id && !o.IsExternal && !stored.Contains(o)));
        var now = time.GetUtcNow().UtcDateTime;
        foreach (var obligation in stored)
        {
            if (expected.Remove((obligation.MeasureId, obligation.OrgUnitId), out var lead))
            {
                obligation.Restore();
                obligation.SetLead(lead);
            }
            else if (obligation.State == ObligationState.Missing)
            {
                await RemoveAsync([obligation], cancellationToken);
            }
            else
            {
                obligation.Withdraw(now);
            }
        }

        foreach (var ((measureId, unitId), lead) in expected)
        {
            db.Obligations.Add(new Obligation(period, measureId, unitId, lead));
        }
    }

    /// <summary>Removes unwritten obligations with the record of reminders sent about them (nothing else refers to them).</summary>
    private async Task RemoveAsync(List<Obligation> obligations, CancellationToken cancellationToken)
    {
        var ids = obligations.Where(o => db.Entry(o).State != EntityState.Added).Select(o => o.Id).ToList();
        if (ids.Count > 0)
        {
            db.ReminderDeliveries.RemoveRange(await db.ReminderDeliveries.Where(d => ids.Contains(d.ObligationId)).ToListAsync(cancellationToken));
        }

        db.Obligations.RemoveRange(obligations);
    }
}
