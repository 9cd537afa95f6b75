using AntiCor.Core.Data;
using AntiCor.Web.Features.OpenData;
using AntiCor.Web.Infrastructure;
using AntiCor.Web.Infrastructure.Localization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace AntiCor.Web.Features.Registers.Trainings;

/// <summary>The department's consultations (measure 7.6): filtered by the question's date, unit and search; unanswered ones are the violations; paged, exported.</summary>
[Authorize(Policy = Policies.Registers)]
public sealed class ConsultationsModel(AppDbContext db, RegisterAccess access) : RegisterIndexModel<ConsultationsModel.Row>(db, access)
{
    public sealed record Row(Guid Id, string Unit, string Person, DateOnly AskedOn, string Question, string? Answer, DateOnly? AnsweredOn);

    // The export's columns are a document's and the import reads them back: Ukrainian whatever the reader's language (ADR-014).
    public static readonly IReadOnlyList<OpenDataColumn<Row>> Columns = InterfaceText.InUkrainian<IReadOnlyList<OpenDataColumn<Row>>>(() =>
    [
        new("unit", RegistersText.Unit, r => r.Unit),
        new("person", TrainingsText.AskedShort, r => r.Person),
        new("askedOn", TrainingsText.AskedOnShort, r => RegisterDate.Format(r.AskedOn)),
        new("question", TrainingsText.Question, r => r.Question),
        new("answer", TrainingsText.Answer, r => r.Answer),
        new("answeredOn", TrainingsText.AnsweredOnShort, r => RegisterDate.Format(r.AnsweredOn)),
    ]);

    public async Task<IActionResult> OnGetAsync(string? format, CancellationToken cancellationToken)
    {
        var units = await Access.UnitsAsync(cancellationToken);
        var query = Db.Consultations.AsNoTracking().Where(c => units == null || units.Contains(c.OrgUnitId));
        if (Filter.Unit is { } unit)
        {
            query = query.Where(c => c.OrgUnitId == unit);
        }

        if (Filter.FromDate is { } from)
        {
            query = query.Where(c => c.AskedOn >= from);
        }

        if (Filter.ToDate is { } to)
        {
            query = query.Where(c => c.AskedOn <= to);
        }

        if (Filter.Search is { } q)
        {
            query = query.Where(c => c.Question.Contains(q) || (c.Answer != null && c.Answer.Contains(q)));
        }

        if (Filter.Violations)
        {
            query = query.Where(c => c.AnsweredOn == null);
        }

        var total = await query.CountAsync(cancellationToken);
        var ordered = query.OrderByDescending(c => c.AskedOn).ThenBy(c => c.Id)
            .Join(Db.OrgUnits, c => c.OrgUnitId, u => u.Id, (c, u) => new { c, Unit = u.Name });
        var taken = Exporting(format) ? await ordered.ToListAsync(cancellationToken) : await ordered.Skip(Filter.Skip).Take(RegisterFilter.PageSize).ToListAsync(cancellationToken);
        var rows = taken.Select(x => new Row(x.c.Id, x.Unit, x.c.PersonName is null && x.c.ErasedAtUtc is null ? "" : Access.Name(x.c.PersonName, x.c.ErasedAtUtc),
            x.c.AskedOn, x.c.Question, x.c.Answer, x.c.AnsweredOn)).ToList();
        return await ListOrFileAsync(format, "consultations", Columns, rows, total, units, cancellationToken);
    }
}
