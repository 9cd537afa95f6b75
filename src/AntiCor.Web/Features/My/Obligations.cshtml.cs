using AntiCor.Core.Data;
using AntiCor.Core.Domain;
using AntiCor.Core.Reporting;
using AntiCor.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace AntiCor.Web.Features.My;

/// <summary>
/// An executor's obligations for the current period (or the one asked for by its key): due date,
/// days left and state, overdue ones first. A unit id in the address that is not one of the
/// user's units is refused with 403 — the check is on the resource, not only the role.
/// </summary>
public sealed class ObligationsModel(AppDbContext db, CurrentUser currentUser, TimeProvider time) : PageModel
{
    public sealed record Row(Guid ObligationId, Guid ProgrammeId, string Number, string Text, string Term, bool IsLead,
        DateOnly DueOn, int DaysLeft, ObligationState State, bool IsOverdue);

    public sealed record UnitObligations(Guid UnitId, string UnitName, IReadOnlyList<Row> Rows);

    public IReadOnlyList<UnitObligations> Units { get; private set; } = [];

    public IReadOnlyList<string> PeriodKeys { get; private set; } = [];

    public PeriodChoice? Period { get; private set; }

    [FromQuery(Name = "period")]
    public string? RequestedPeriod { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid? unitId, CancellationToken cancellationToken)
    {
        var mine = await currentUser.UnitsAsync(cancellationToken);
        if (unitId is { } requested && !mine.Contains(requested))
        {
            return Forbid();
        }

        IReadOnlyList<Guid> wanted = unitId is { } one ? [one] : mine;
        var units = await db.OrgUnits.AsNoTracking().Where(u => wanted.Contains(u.Id)).OrderBy(u => u.Name)
            .Select(u => new { u.Id, u.Name }).ToListAsync(cancellationToken);
        var obligations = db.Obligations.Where(o => wanted.Contains(o.OrgUnitId) && o.WithdrawnAtUtc == null && !o.IsExternal);
        var periods = await db.ReportingPeriods.AsNoTracking().Where(p => obligations.Any(o => o.PeriodId == p.Id))
            .Select(p => new PeriodChoice(p.Key, p.StartsOn, p.EndsOn, p.DueOn, p.ClosedAtUtc != null)).ToListAsync(cancellationToken);
        var today = KyivTime.Today(time);
        Period = CurrentPeriod.Choose(periods, today, RequestedPeriod);
        PeriodKeys = [.. periods.OrderBy(p => p.StartsOn).Select(p => p.Key).Distinct()];
        var key = Period?.Key;
        var rows = await obligations
            .Join(db.ReportingPeriods.Where(p => p.Key == key), o => o.PeriodId, p => p.Id, (o, p) => new { o, p.DueOn })
            .Join(db.Measures, x => x.o.MeasureId, m => m.Id, (x, m) => new
            {
                x.o.Id, x.o.OrgUnitId, x.o.ProgrammeId, x.o.IsLead, x.o.State, x.DueOn, m.Number, m.Text, Term = m.Term.Text,
            })
            .ToListAsync(cancellationToken);
        Units = [.. units.Select(u => new UnitObligations(u.Id, u.Name,
            [.. rows.Where(r => r.OrgUnitId == u.Id)
                .Select(r => ToRow(r.Id, r.ProgrammeId, r.Number, r.Text, r.Term, r.IsLead, r.DueOn, r.State, today))
                .OrderByDescending(r => r.IsOverdue).ThenBy(r => r.DueOn).ThenBy(r => r.Number, MeasureNumberOrder.Instance)]))];
        return Page();
    }

    private static Row ToRow(Guid id, Guid programmeId, string number, string text, string term, bool isLead, DateOnly dueOn, ObligationState state, DateOnly today)
    {
        var daysLeft = dueOn.DayNumber - today.DayNumber;
        var pending = state is ObligationState.Missing or ObligationState.Draft or ObligationState.Returned;
        return new Row(id, programmeId, number, text, term, isLead, dueOn, daysLeft, state, pending && daysLeft < 0);
    }
}
