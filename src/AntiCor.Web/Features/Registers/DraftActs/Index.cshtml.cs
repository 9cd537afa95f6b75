using AntiCor.Core.Data;
using AntiCor.Core.Domain;
using AntiCor.Core.Registers;
using AntiCor.Web.Features.OpenData;
using AntiCor.Web.Infrastructure;
using AntiCor.Web.Infrastructure.Localization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace AntiCor.Web.Features.Registers.DraftActs;

/// <summary>The register of draft-act reviews: due dates and overdue reviews shown; filtered, searched, paged, exported.</summary>
[Authorize(Policy = Policies.Registers)]
public sealed class IndexModel(AppDbContext db, RegisterAccess access, TimeProvider time) : RegisterIndexModel<IndexModel.Row>(db, access)
{
    public sealed record Row(Guid Id, string Unit, string Title, string Kind, DateOnly SubmittedOn, DateOnly RequestedBy, string Conclusion,
        DateOnly? ConcludedOn, string Factors, string? Proposals, int ProposalsMade, int? ProposalsTaken, bool IsOverdue);

    public bool IsCoordinator => Access.IsCoordinator;

    // The export's columns are a document's and the import reads them back: Ukrainian whatever the reader's language (ADR-014).
    public static readonly IReadOnlyList<OpenDataColumn<Row>> Columns = InterfaceText.InUkrainian<IReadOnlyList<OpenDataColumn<Row>>>(() =>
    [
        new("unit", RegistersText.Unit, r => r.Unit),
        new("title", DraftActsText.ActTitle, r => r.Title),
        new("kind", DraftActsText.Kind, r => r.Kind),
        new("submittedOn", DraftActsText.SubmittedShort, r => RegisterDate.Format(r.SubmittedOn)),
        new("requestedBy", DraftActsText.RequestedShort, r => RegisterDate.Format(r.RequestedBy)),
        new("conclusion", DraftActsText.Conclusion, r => r.Conclusion),
        new("concludedOn", DraftActsText.ConcludedOn, r => RegisterDate.Format(r.ConcludedOn)),
        new("factors", DraftActsText.Factors, r => r.Factors),
        new("proposals", DraftActsText.Proposals, r => r.Proposals),
        new("proposalsMade", DraftActsText.ProposalsMade, r => r.ProposalsMade),
        new("proposalsTaken", DraftActsText.ProposalsTaken, r => r.ProposalsTaken),
        new("overdue", DraftActsText.Overdue, r => r.IsOverdue),
    ]);

    public async Task<IActionResult> OnGetAsync(string? format, CancellationToken cancellationToken)
    {
        var today = KyivTime.Today(time);
        var units = await Access.UnitsAsync(cancellationToken);
        var query = Db.DraftActReviews.AsNoTracking().Where(r => units == null || units.Contains(r.OrgUnitId));
        if (Filter.Unit is { } unit)
        {
            query = query.Where(r => r.OrgUnitId == unit);
        }

        if (Filter.FromDate is { } from)
        {
            query = query.Where(r => r.SubmittedOn >= from);
        }

        if (Filter.ToDate is { } to)
        {
            query = query.Where(r => r.SubmittedOn <= to);
        }

        if (Filter.Search is { } q)
        {
            query = query.Where(r => r.Title.Contains(q));
        }

        if (Filter.Violations)
        {
            query = query.Where(r => r.Conclusion == DraftActConclusion.Pending ? r.RequestedBy < today : r.ConcludedOn > r.RequestedBy);
        }

        var total = await query.CountAsync(cancellationToken);
        var ordered = query.OrderByDescending(r => r.SubmittedOn).ThenBy(r => r.Id)
            .Join(Db.OrgUnits, r => r.OrgUnitId, u => u.Id, (r, u) => new { r, Unit = u.Name });
        var taken = Exporting(format) ? await ordered.ToListAsync(cancellationToken) : await ordered.Skip(Filter.Skip).Take(RegisterFilter.PageSize).ToListAsync(cancellationToken);
        // Factors by their catalogue names («; » between them), so that an export imports back.
        var factorNames = await Db.RiskFactors.AsNoTracking().ToDictionaryAsync(f => f.Id, f => f.Name, cancellationToken);
        var rows = taken.Select(x => new Row(x.r.Id, x.Unit, x.r.Title, DraftActsText.KindName(x.r.Kind), x.r.SubmittedOn, x.r.RequestedBy,
            DraftActsText.ConclusionName(x.r.Conclusion), x.r.ConcludedOn,
            string.Join("; ", x.r.Factors.Select(f => factorNames.GetValueOrDefault(f.FactorId, "")).Where(n => n.Length > 0).Order(StringComparer.Ordinal)),
            x.r.Proposals, x.r.ProposalsMade, x.r.ProposalsTaken, x.r.IsOverdue(today))).ToList();
        return await ListOrFileAsync(format, "draft-act-reviews", Columns, rows, total, units, cancellationToken);
    }
}
