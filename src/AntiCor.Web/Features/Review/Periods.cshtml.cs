using AntiCor.Core.Data;
using AntiCor.Core.Reporting;
using AntiCor.Web.Features.Shared;
using AntiCor.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace AntiCor.Web.Features.Review;

/// <summary>A programme's reporting periods for the department: dates, due date, closed or open, how many reports stand where.</summary>
[Authorize(Policies.ReportReview)]
public sealed class PeriodsModel(AppDbContext db) : PageModel
{
    public sealed record PeriodRow(string Key, string Label, DateOnly StartsOn, DateOnly EndsOn, DateOnly DueOn, bool IsClosed,
        int Total, int Submitted, int Accepted, int Returned);

    public string ProgrammeTitle { get; private set; } = "";

    public IReadOnlyList<PeriodRow> Rows { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        var title = await db.Programmes.Where(p => p.Id == id).Select(p => p.Title).SingleOrDefaultAsync(cancellationToken);
        if (title is null)
        {
            return NotFound();
        }

        ProgrammeTitle = title;
        var periods = await db.ReportingPeriods.Where(p => p.ProgrammeId == id).OrderBy(p => p.StartsOn)
            .Select(p => new { p.Id, p.Key, p.StartsOn, p.EndsOn, p.DueOn, p.ClosedAtUtc }).ToListAsync(cancellationToken);
        var counts = await db.Obligations.Where(o => o.ProgrammeId == id && o.WithdrawnAtUtc == null)
            .GroupBy(o => new { o.PeriodId, o.State }).Select(g => new { g.Key.PeriodId, g.Key.State, Count = g.Count() })
            .ToListAsync(cancellationToken);
        int Count(Guid period, ObligationState? state) =>
            counts.Where(c => c.PeriodId == period && (state is null || c.State == state)).Sum(c => c.Count);
        Rows = [.. periods.Select(p => new PeriodRow(p.Key, Wording.PeriodLabel(PeriodKey.Parse(p.Key)), p.StartsOn, p.EndsOn, p.DueOn, p.ClosedAtUtc is not null,
            Count(p.Id, null), Count(p.Id, ObligationState.Submitted), Count(p.Id, ObligationState.Accepted), Count(p.Id, ObligationState.Returned)))];
        return Page();
    }
}
