using AntiCor.Core.Data;
using AntiCor.Web.Features.OpenData;
using AntiCor.Web.Infrastructure;
using AntiCor.Web.Infrastructure.Localization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace AntiCor.Web.Features.Registers.LiablePersons;

/// <summary>The register of officials held liable: filtered by the decision's date, paged, exported, with the counts per year.</summary>
[Authorize(Policy = Policies.Registers)]
public sealed class IndexModel(AppDbContext db, RegisterAccess access) : RegisterIndexModel<IndexModel.Row>(db, access)
{
    public sealed record Row(Guid Id, string Unit, string Person, string Position, string Offence, DateOnly? OffenceOn, string DecisionKind,
        string Decision, DateOnly DecisionOn, bool Dismissed, bool CausesReviewed, string? MeasuresTaken);

    public sealed record YearCount(int Year, int Persons, int Dismissed, int CausesReviewed);

    public IReadOnlyList<YearCount> ByYear { get; private set; } = [];

    // The export's columns are a document's and the import reads them back: Ukrainian whatever the reader's language (ADR-014).
    public static readonly IReadOnlyList<OpenDataColumn<Row>> Columns = InterfaceText.InUkrainian<IReadOnlyList<OpenDataColumn<Row>>>(() =>
    [
        new("unit", RegistersText.Unit, r => r.Unit),
        new("person", LiablePersonsText.PersonShort, r => r.Person),
        new("position", LiablePersonsText.Position, r => r.Position),
        new("offence", LiablePersonsText.OffenceShort, r => r.Offence),
        new("offenceOn", LiablePersonsText.OffenceOnShort, r => RegisterDate.Format(r.OffenceOn)),
        new("decisionKind", LiablePersonsText.DecisionKind, r => r.DecisionKind),
        new("decision", LiablePersonsText.DecisionShort, r => r.Decision),
        new("decisionOn", LiablePersonsText.DecisionOnShort, r => RegisterDate.Format(r.DecisionOn)),
        new("dismissed", LiablePersonsText.Dismissed, r => r.Dismissed),
        new("causesReviewed", LiablePersonsText.CausesReviewed, r => r.CausesReviewed),
        new("measuresTaken", LiablePersonsText.MeasuresTaken, r => r.MeasuresTaken),
    ]);

    public async Task<IActionResult> OnGetAsync(string? format, CancellationToken cancellationToken)
    {
        var units = await Access.UnitsAsync(cancellationToken);
        var visible = Db.LiablePersons.AsNoTracking().Where(l => units == null || units.Contains(l.OrgUnitId));
        var query = visible;
        if (Filter.Unit is { } unit)
        {
            query = query.Where(l => l.OrgUnitId == unit);
        }

        if (Filter.FromDate is { } from)
        {
            query = query.Where(l => l.DecisionOn >= from);
        }

        if (Filter.ToDate is { } to)
        {
            query = query.Where(l => l.DecisionOn <= to);
        }

        if (Filter.Search is { } q)
        {
            query = Access.SeesNames
                ? query.Where(l => l.Offence.Contains(q) || l.Position.Contains(q) || l.Decision.Contains(q) || (l.PersonName != null && l.PersonName.Contains(q)))
                : query.Where(l => l.Offence.Contains(q) || l.Position.Contains(q) || l.Decision.Contains(q));
        }

        // Every entry is an offence; "violations only" keeps those whose causes were not reviewed yet.
        if (Filter.Violations)
        {
            query = query.Where(l => !l.CausesReviewed);
        }

        var total = await query.CountAsync(cancellationToken);
        var ordered = query.OrderByDescending(l => l.DecisionOn).ThenBy(l => l.Id)
            .Join(Db.OrgUnits, l => l.OrgUnitId, u => u.Id, (l, u) => new { l, Unit = u.Name });
        var taken = Exporting(format) ? await ordered.ToListAsync(cancellationToken) : await ordered.Skip(Filter.Skip).Take(RegisterFilter.PageSize).ToListAsync(cancellationToken);
        var rows = taken.Select(x => new Row(x.l.Id, x.Unit, Access.Name(x.l.PersonName, x.l.ErasedAtUtc), x.l.Position, x.l.Offence, x.l.OffenceOn,
            LiablePersonsText.KindName(x.l.DecisionKind), x.l.Decision, x.l.DecisionOn, x.l.Dismissed, x.l.CausesReviewed, x.l.MeasuresTaken)).ToList();
        if (!Exporting(format))
        {
            var counted = await visible.Select(l => new { l.DecisionOn, l.Dismissed, l.CausesReviewed }).ToListAsync(cancellationToken);
            ByYear = [.. counted.GroupBy(l => l.DecisionOn.Year).OrderByDescending(g => g.Key)
                .Select(g => new YearCount(g.Key, g.Count(), g.Count(l => l.Dismissed), g.Count(l => l.CausesReviewed)))];
        }

        return await ListOrFileAsync(format, "liable-persons", Columns, rows, total, units, cancellationToken);
    }
}
