using AntiCor.Core.Data;
using AntiCor.Core.Domain;
using AntiCor.Web.Features.OpenData;
using AntiCor.Web.Infrastructure;
using AntiCor.Web.Infrastructure.Localization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace AntiCor.Web.Features.Registers.Conflicts;

/// <summary>The register of conflicts of interest: settlement due dates in working days and overdue settlements shown; filtered, paged, exported.</summary>
[Authorize(Policy = Policies.Registers)]
public sealed class IndexModel(AppDbContext db, RegisterAccess access, TimeProvider time) : RegisterIndexModel<IndexModel.Row>(db, access)
{
    public sealed record Row(Guid Id, string Unit, string Person, string Kind, string Description, DateOnly NotifiedOn, DateOnly DueOn, string? Decision, DateOnly? SettledOn, string? Outcome, bool IsOverdue);

    // The export's columns are a document's and the import reads them back: Ukrainian whatever the reader's language (ADR-014).
    public static readonly IReadOnlyList<OpenDataColumn<Row>> Columns = InterfaceText.InUkrainian<IReadOnlyList<OpenDataColumn<Row>>>(() =>
    [
        new("unit", RegistersText.Unit, r => r.Unit),
        new("person", ConflictsText.PersonShort, r => r.Person),
        new("kind", ConflictsText.Kind, r => r.Kind),
        new("description", ConflictsText.Description, r => r.Description),
        new("notifiedOn", ConflictsText.NotifiedShort, r => RegisterDate.Format(r.NotifiedOn)),
        new("settlementDueOn", ConflictsText.DueOn, r => RegisterDate.Format(r.DueOn)),
        new("settlementDecision", ConflictsText.Decision, r => r.Decision),
        new("settledOn", ConflictsText.SettledShort, r => RegisterDate.Format(r.SettledOn)),
        new("outcome", ConflictsText.Outcome, r => r.Outcome),
        new("overdue", ConflictsText.Overdue, r => r.IsOverdue),
    ]);

    public async Task<IActionResult> OnGetAsync(string? format, CancellationToken cancellationToken)
    {
        var today = KyivTime.Today(time);
        var units = await Access.UnitsAsync(cancellationToken);
        var query = Db.ConflictsOfInterest.AsNoTracking().Where(c => units == null || units.Contains(c.OrgUnitId));
        if (Filter.Unit is { } unit)
        {
            query = query.Where(c => c.OrgUnitId == unit);
        }

        if (Filter.FromDate is { } from)
        {
            query = query.Where(c => c.NotifiedOn >= from);
        }

        if (Filter.ToDate is { } to)
        {
            query = query.Where(c => c.NotifiedOn <= to);
        }

        if (Filter.Search is { } q)
        {
            query = Access.SeesNames
                ? query.Where(c => c.Description.Contains(q) || (c.PersonName != null && c.PersonName.Contains(q)))
                : query.Where(c => c.Description.Contains(q));
        }

        if (Filter.Violations)
        {
            query = query.Where(c => c.SettledOn == null ? c.SettlementDueOn < today : c.SettledOn > c.SettlementDueOn);
        }

        var total = await query.CountAsync(cancellationToken);
        var ordered = query.OrderByDescending(c => c.NotifiedOn).ThenBy(c => c.Id)
            .Join(Db.OrgUnits, c => c.OrgUnitId, u => u.Id, (c, u) => new { c, Unit = u.Name });
        var taken = Exporting(format) ? await ordered.ToListAsync(cancellationToken) : await ordered.Skip(Filter.Skip).Take(RegisterFilter.PageSize).ToListAsync(cancellationToken);
        var rows = taken.Select(x => new Row(x.c.Id, x.Unit, Access.Name(x.c.PersonName, x.c.ErasedAtUtc), ConflictsText.KindName(x.c.Kind), x.c.Description,
            x.c.NotifiedOn, x.c.SettlementDueOn, x.c.SettlementDecision, x.c.SettledOn, x.c.Outcome, x.c.IsOverdue(today))).ToList();
        return await ListOrFileAsync(format, "conflicts-of-interest", Columns, rows, total, units, cancellationToken);
    }
}
