using AntiCor.Web.Features.Shared;
using AntiCor.Core.Data;
using AntiCor.Core.Domain;
using AntiCor.Core.Reporting;
using AntiCor.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace AntiCor.Web.Features.ReportingSetup;

/// <summary>
/// The indicators of a measure: name, unit of measure, a target for the programme and per period.
/// Numbers are read as people type them; an indicator executors have reported on is not removed.
/// </summary>
[Authorize(Policies.ReportReview)]
public sealed class IndicatorsModel(AppDbContext db) : PageModel
{
    public sealed record IndicatorRow(Guid Id, string Name, string UnitOfMeasure, decimal? ProgrammeTarget, int Version, IReadOnlyList<(string Period, decimal Target)> Targets);

    public sealed record PeriodColumn(string Key, string Label);

    /// <summary>The indicator being edited; none for a new one.</summary>
    [BindProperty]
    public Guid? IndicatorId { get; set; }

    [BindProperty]
    public string? Name { get; set; }

    [BindProperty]
    public string? UnitOfMeasure { get; set; }

    [BindProperty]
    public string? ProgrammeTarget { get; set; }

    /// <summary>Target per period key ("2020Q1"), as typed.</summary>
    [BindProperty]
    public Dictionary<string, string?> Targets { get; set; } = [];

    /// <summary>The indicator's version when the form was opened.</summary>
    [BindProperty]
    public int Version { get; set; }

    public string Number { get; private set; } = "";
    public string ProgrammeTitle { get; private set; } = "";
    public IReadOnlyList<IndicatorRow> Rows { get; private set; } = [];
    public IReadOnlyList<PeriodColumn> Periods { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid id, Guid measureId, Guid? edit, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, measureId, cancellationToken))
        {
            return NotFound();
        }

        if (edit is { } editing)
        {
            var row = Rows.FirstOrDefault(r => r.Id == editing);
            if (row is null)
            {
                return NotFound();
            }

            IndicatorId = row.Id;
            Name = row.Name;
            UnitOfMeasure = row.UnitOfMeasure;
            ProgrammeTarget = NumberInput.Format(row.ProgrammeTarget);
            Targets = row.Targets.ToDictionary(t => t.Period, t => (string?)NumberInput.Format(t.Target));
            Version = row.Version;
        }

        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, Guid measureId, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, measureId, cancellationToken))
        {
            return NotFound();
        }

        var programmeTarget = ParseNumber(ProgrammeTarget, SetupText.ProgrammeTarget, nameof(ProgrammeTarget));
        var targets = Periods.Select(p => (Key: PeriodKey.Parse(p.Key), Value: ParseNumber(Targets.GetValueOrDefault(p.Key), $"{SetupText.PeriodTargets}: {p.Label}", $"Targets[{p.Key}]"))).ToList();
        if (!ModelState.IsValid)
        {
            return Page();
        }

        try
        {
            Indicator indicator;
            if (IndicatorId is { } existing)
            {
                indicator = await db.Indicators.SingleOrDefaultAsync(i => i.Id == existing && i.MeasureId == measureId, cancellationToken)
                    ?? throw new DomainException(SetupText.IndicatorNotFound);
                db.ExpectVersion(indicator, Version);
                indicator.Rename(Name ?? "", UnitOfMeasure ?? "");
                indicator.SetProgrammeTarget(programmeTarget);
            }
            else
            {
                var measure = await db.Measures.SingleAsync(m => m.Id == measureId, cancellationToken);
                var position = await db.Indicators.Where(i => i.MeasureId == measureId).Select(i => (int?)i.Position).MaxAsync(cancellationToken) ?? 0;
                indicator = new Indicator(measure, Name ?? "", UnitOfMeasure ?? "", programmeTarget, position + 1);
                db.Indicators.Add(indicator);
            }

            foreach (var (key, value) in targets)
            {
                indicator.SetTarget(key, value);
            }

            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DomainException e)
        {
            ModelState.AddModelError(string.Empty, e.Message);
            return Page();
        }
        catch (DbUpdateConcurrencyException)
        {
            ModelState.AddModelError(string.Empty, StaleRecord.Message);
            return Page();
        }

        return Redirect($"/programmes/{id}/measures/{measureId}/indicators");
    }

    public async Task<IActionResult> OnPostRemoveAsync(Guid id, Guid measureId, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, measureId, cancellationToken))
        {
            return NotFound();
        }

        try
        {
            var indicator = await db.Indicators.SingleOrDefaultAsync(i => i.Id == IndicatorId && i.MeasureId == measureId, cancellationToken)
                ?? throw new DomainException(SetupText.IndicatorNotFound);
            db.ExpectVersion(indicator, Version);
            if (await db.Reports.AnyAsync(r => r.IndicatorValues.Any(v => v.IndicatorId == indicator.Id), cancellationToken))
            {
                throw new DomainException(SetupText.IndicatorHasValues);
            }

            db.Indicators.Remove(indicator);
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DomainException e)
        {
            ModelState.AddModelError(string.Empty, e.Message);
            return Page();
        }
        catch (DbUpdateConcurrencyException)
        {
            ModelState.AddModelError(string.Empty, StaleRecord.Message);
            return Page();
        }

        return Redirect($"/programmes/{id}/measures/{measureId}/indicators");
    }

    private decimal? ParseNumber(string? text, string field, string key)
    {
        if (NumberInput.TryParse(text, out var value))
        {
            return value;
        }

        ModelState.AddModelError(key, SetupText.NotANumberIn(field, text!.Trim()));
        return null;
    }

    private async Task<bool> LoadAsync(Guid id, Guid measureId, CancellationToken cancellationToken)
    {
        var number = await db.Measures.AsNoTracking()
            .Where(m => m.Id == measureId && db.Directions.Any(d => d.Id == m.DirectionId && d.ProgrammeId == id))
            .Select(m => m.Number).SingleOrDefaultAsync(cancellationToken);
        if (number is null)
        {
            return false;
        }

        Number = number;
        ProgrammeTitle = await db.Programmes.Where(p => p.Id == id).Select(p => p.Title).SingleAsync(cancellationToken);
        var keys = await db.ReportingPeriods.AsNoTracking().Where(p => p.ProgrammeId == id).OrderBy(p => p.StartsOn).Select(p => p.Key).ToListAsync(cancellationToken);
        Periods = [.. keys.Select(k => new PeriodColumn(k, Wording.PeriodLabel(PeriodKey.Parse(k))))];
        var indicators = await db.Indicators.AsNoTracking().Where(i => i.MeasureId == measureId).OrderBy(i => i.Position)
            .Select(i => new { i.Id, i.Name, i.UnitOfMeasure, i.ProgrammeTarget, i.Version, Targets = i.Targets.Select(t => new { t.PeriodKey, t.Target }).ToList() })
            .ToListAsync(cancellationToken);
        Rows = [.. indicators.Select(i => new IndicatorRow(i.Id, i.Name, i.UnitOfMeasure, i.ProgrammeTarget, i.Version,
            [.. i.Targets.OrderBy(t => keys.IndexOf(t.PeriodKey)).Select(t => (t.PeriodKey, t.Target))]))];
        return true;
    }
}
