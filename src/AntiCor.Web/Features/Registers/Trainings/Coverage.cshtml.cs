using AntiCor.Core.Data;
using AntiCor.Core.Domain;
using AntiCor.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace AntiCor.Web.Features.Registers.Trainings;

/// <summary>
/// Training coverage for a year: how many of each unit's people took part in a training that
/// started that year, the units nobody from which was trained, and — for the coordinator, who sees
/// names — the unit's declarants of the campaign running that year who are not among the participants.
/// </summary>
[Authorize(Policy = Policies.Registers)]
public sealed class CoverageModel(AppDbContext db, RegisterAccess access, TimeProvider time) : PageModel
{
    public sealed record UnitCoverage(Guid Id, string Unit, int Trained, IReadOnlyList<string> Untrained);

    [BindProperty(SupportsGet = true)]
    public int? Year { get; set; }

    public int ShownYear { get; private set; }

    public bool SeesNames => access.SeesNames;

    public IReadOnlyList<UnitCoverage> Units { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        ShownYear = Year is >= 2000 and <= 2100 ? Year.Value : KyivTime.Today(time).Year;
        var from = new DateOnly(ShownYear, 1, 1);
        var to = new DateOnly(ShownYear, 12, 31);
        var units = await access.UnitsAsync(cancellationToken);
        var options = await RegisterUnits.OptionsAsync(db, units, cancellationToken);
        var participants = (await db.TrainingEvents.AsNoTracking()
            .Where(t => t.StartsOn >= from && t.StartsOn <= to)
            .SelectMany(t => t.Participants.Select(p => new { p.OrgUnitId, p.PersonName }))
            .ToListAsync(cancellationToken))
            .Where(p => units == null || units.Contains(p.OrgUnitId))
            .ToList();
        var declarants = access.SeesNames
            ? await db.Declarations.AsNoTracking()
                .Where(d => d.Year == ShownYear - 1 && d.DismissedOn == null && d.PersonName != null)
                .Select(d => new { d.OrgUnitId, d.PersonName })
                .ToListAsync(cancellationToken)
            : [];
        Units = [.. options.Select(u =>
        {
            var trained = participants.Where(p => p.OrgUnitId == u.Id).ToList();
            var names = trained.Select(p => p.PersonName).OfType<string>().ToHashSet(StringComparer.OrdinalIgnoreCase);
            return new UnitCoverage(u.Id, u.Name, trained.Count,
                [.. declarants.Where(d => d.OrgUnitId == u.Id && !names.Contains(d.PersonName!)).Select(d => d.PersonName!).Order(StringComparer.Ordinal)]);
        }).OrderBy(c => c.Trained > 0).ThenBy(c => c.Unit, StringComparer.Ordinal)];
    }
}
