using AntiCor.Core.Data;
using AntiCor.Core.Domain;
using AntiCor.Core.Reporting;
using AntiCor.Core.Reporting.Consolidation;
using AntiCor.Web.Features.Shared;
using AntiCor.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace AntiCor.Web.Features.Consolidation;

/// <summary>
/// The head's view of a period (the current one unless ?period= names another): done and done
/// fully or partly by direction, with «Втратив актуальність» shown but out of the percentages;
/// each executor unit's on-time rate (submitted by the due date of all it is obliged to); the
/// overdue reports; a server-drawn SVG chart with the same numbers in a table beside it.
/// </summary>
[Authorize(Policies.ReportingOverview)]
public sealed class OverviewModel(AppDbContext db, TimeProvider time) : PageModel
{
    public sealed record UnitRate(string Unit, int Obliged, int OnTime)
    {
        public int Percent => Obliged == 0 ? 0 : (int)Math.Round(100.0 * OnTime / Obliged, MidpointRounding.AwayFromZero);
    }

    public sealed record OverdueRow(string Unit, string MeasureNumber, string MeasureText, DateOnly DueOn, int Days);

    public string ProgrammeTitle { get; private set; } = "";
    public IReadOnlyList<(string Key, string Label)> Periods { get; private set; } = [];
    public ConsolidatedReport? Report { get; private set; }
    public IReadOnlyList<UnitRate> Rates { get; private set; } = [];
    public IReadOnlyList<OverdueRow> Overdue { get; private set; } = [];
    public string Chart { get; private set; } = "";
    public string? Notice { get; private set; }

    /// <summary>The half-year and year that hold the shown period, for the cumulative downloads.</summary>
    public IReadOnlyList<PeriodKey> Cumulative { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid id, string? period, CancellationToken cancellationToken)
    {
        var title = await db.Programmes.Where(p => p.Id == id).Select(p => p.Title).SingleOrDefaultAsync(cancellationToken);
        if (title is null)
        {
            return NotFound();
        }

        ProgrammeTitle = title;
        var periods = await db.ReportingPeriods.AsNoTracking().Where(p => p.ProgrammeId == id).OrderBy(p => p.StartsOn)
            .Select(p => new { p.Key, p.StartsOn, p.EndsOn }).ToListAsync(cancellationToken);
        Periods = [.. periods.Select(p => (p.Key, Wording.PeriodLabel(PeriodKey.Parse(p.Key))))];
        if (periods.Count == 0)
        {
            return Page();
        }

        var today = KyivTime.Today(time);
        var chosen = periods.FirstOrDefault(p => p.Key == period?.Trim().ToUpperInvariant());
        if (period is not null && chosen is null)
        {
            Notice = ConsolidationText.BadPeriod;
        }

        chosen ??= periods.LastOrDefault(p => p.StartsOn <= today) ?? periods[0];
        var key = PeriodKey.Parse(chosen.Key);
        Report = await new ConsolidationQuery(db, time).BuildAsync(id, key, cancellationToken);
        if (Report is null)
        {
            return NotFound();
        }

        Cumulative = [.. new[] { ReportingFrequency.HalfYearly, ReportingFrequency.Yearly }
            .Select(f => PeriodKey.Containing(key.Starts, f)).Where(k => k != key)];
        Rates = [.. Report.Rows.GroupBy(r => r.UnitName)
            .Select(g => new UnitRate(g.Key, g.Count(), g.Count(r => r.FirstSubmittedAtUtc is not null && r.FirstDaysLate == 0)))
            .OrderBy(r => r.Percent).ThenBy(r => r.Unit, StringComparer.Ordinal)];
        Overdue = [.. Report.Rows.Where(r => r.FirstSubmittedAtUtc is null && today > r.DueOn)
            .Select(r => new OverdueRow(r.UnitName, r.MeasureNumber, r.MeasureText, r.DueOn, today.DayNumber - r.DueOn.DayNumber))
            .OrderByDescending(r => r.Days).ThenBy(r => r.Unit, StringComparer.Ordinal)];
        Chart = StatusChartSvg.Render(Report.Directions);
        return Page();
    }
}
