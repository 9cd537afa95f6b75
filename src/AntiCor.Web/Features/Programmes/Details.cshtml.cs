using AntiCor.Core.Data;
using AntiCor.Core.Domain;
using AntiCor.Core.Reporting;
using AntiCor.Core.Reporting.Consolidation;
using AntiCor.Core.Security;
using AntiCor.Web.Features.Consolidation;
using AntiCor.Web.Features.Portal;
using AntiCor.Web.Features.Shared;
using AntiCor.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace AntiCor.Web.Features.Programmes;

/// <summary>
/// A programme's public page: the act, its directions and measures, and its progress from the
/// published reports — by direction (done of total, the share done fully or partly), filtered by
/// status (?status=Done, …, none), and over the periods as a chart. Staff also see a draft, the
/// importer's doubts and the publication control.
/// </summary>
public sealed class DetailsModel(AppDbContext db, ProgrammeVisibility visibility, TimeProvider time) : PageModel
{
    public sealed record DirectionProgress(int Number, string Title, StatusSummary Summary);

    public bool IsStaff => visibility.IsStaff;

    public ProgrammeDetailsQuery.Result Data { get; private set; } = null!;

    public IReadOnlyList<DirectionProgress> Progress { get; private set; } = [];

    public StatusSummary Total { get; private set; } = StatusSummary.Of([]);

    /// <summary>The chart of the programme's statuses at the end of each period, or empty before any period.</summary>
    public string Chart { get; private set; } = "";

    /// <summary>The status filter as the address gave it, when it names a status (or "none": no information).</summary>
    public string? Status { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, string? status, CancellationToken cancellationToken)
    {
        var data = await ProgrammeDetailsQuery.RunAsync(db, visibility.Programmes(db), id, visibility.IsStaff, cancellationToken);
        if (data is null)
        {
            return NotFound();
        }

        if (User.IsInRole(Roles.Coordinator) && visibility.IsStaff)
        {
            data = data with { Directions = await ProgrammeAdviceQuery.WithAdviceAsync(db, data.Programme, data.Directions, cancellationToken) };
        }

        var progress = await PublicProgress.ForProgrammeAsync(db, id, KyivTime.Today(time), cancellationToken);
        var withStatus = data.Directions
            .Select(d => d with { Measures = [.. d.Measures.Select(m => m with { Status = progress.StatusOf(m.Id) })] })
            .ToList();
        Progress = [.. withStatus.Select(d => new DirectionProgress(d.Number, d.Title, StatusSummary.Of(d.Measures.Select(m => m.Status))))];
        Total = StatusSummary.Of(withStatus.SelectMany(d => d.Measures).Select(m => m.Status));
        var measureIds = withStatus.SelectMany(d => d.Measures).Select(m => m.Id).ToList();
        Chart = progress.Periods.Count == 0 ? "" : StatusChartSvg.Render(
            [.. progress.Periods.Select((p, i) => new StatusChartSvg.Bar(p.Key, p.Label, progress.Summary(measureIds, i)))],
            DetailsText.ChartTitle,
            StatusText.Word);

        if (StatusFilter.TryParse(status, out var filter))
        {
            Status = status;
            withStatus = [.. withStatus.Select(d => d with { Measures = [.. d.Measures.Where(m => m.Status == filter)] })];
        }

        Data = data with { Directions = withStatus };
        return Page();
    }
}

/// <summary>The status filter of the public pages: a status's name, or "none" for measures with no published information.</summary>
public static class StatusFilter
{
    public const string None = "none";

    public static bool TryParse(string? text, out MeasureStatus? status)
    {
        status = null;
        if (string.Equals(text, None, StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        if (Enum.TryParse<MeasureStatus>(text, ignoreCase: true, out var parsed) && Enum.IsDefined(parsed))
        {
            status = parsed;
            return true;
        }

        return false;
    }
}
