using AntiCor.Core.Data;
using AntiCor.Web.Features.OpenData;
using AntiCor.Web.Infrastructure;
using AntiCor.Web.Infrastructure.Localization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace AntiCor.Web.Features.Registers.Trainings;

/// <summary>
/// The training events: filtered by dates, a unit (events it sent someone to) and a search; paged,
/// exported. An executor sees the events their units took part in, and counts, never names.
/// </summary>
[Authorize(Policy = Policies.Registers)]
public sealed class IndexModel(AppDbContext db, RegisterAccess access) : RegisterIndexModel<IndexModel.Row>(db, access)
{
    public sealed record Row(Guid Id, string Topic, string Organiser, DateOnly StartsOn, DateOnly EndsOn, int Hours, int Participants, int Certificates);

    public bool IsCoordinator => Access.IsCoordinator;

    // The export's columns are a document's and the import reads them back: Ukrainian whatever the reader's language (ADR-014).
    public static readonly IReadOnlyList<OpenDataColumn<Row>> Columns = InterfaceText.InUkrainian<IReadOnlyList<OpenDataColumn<Row>>>(() =>
    [
        new("topic", TrainingsText.Topic, r => r.Topic),
        new("organiser", TrainingsText.OrganiserShort, r => r.Organiser),
        new("startsOn", TrainingsText.StartsOn, r => RegisterDate.Format(r.StartsOn)),
        new("endsOn", TrainingsText.EndsOn, r => RegisterDate.Format(r.EndsOn)),
        new("hours", TrainingsText.Hours, r => r.Hours),
        new("participants", TrainingsText.Participants, r => r.Participants),
        new("certificates", TrainingsText.Certificate, r => r.Certificates),
    ]);

    public async Task<IActionResult> OnGetAsync(string? format, CancellationToken cancellationToken)
    {
        var units = await Access.UnitsAsync(cancellationToken);
        var query = Db.TrainingEvents.AsNoTracking().Where(t => units == null || t.Participants.Any(p => units.Contains(p.OrgUnitId)));
        if (Filter.Unit is { } unit)
        {
            query = query.Where(t => t.Participants.Any(p => p.OrgUnitId == unit));
        }

        if (Filter.FromDate is { } from)
        {
            query = query.Where(t => t.StartsOn >= from);
        }

        if (Filter.ToDate is { } to)
        {
            query = query.Where(t => t.StartsOn <= to);
        }

        if (Filter.Search is { } q)
        {
            query = query.Where(t => t.Topic.Contains(q) || t.Organiser.Contains(q));
        }

        // "Violations": participants without a certificate.
        if (Filter.Violations)
        {
            query = query.Where(t => t.Participants.Any(p => p.CertificateSha256 == null));
        }

        var total = await query.CountAsync(cancellationToken);
        var ordered = query.OrderByDescending(t => t.StartsOn).ThenBy(t => t.Id)
            .Select(t => new Row(t.Id, t.Topic, t.Organiser, t.StartsOn, t.EndsOn, t.Hours,
                t.Participants.Count(p => units == null || units.Contains(p.OrgUnitId)),
                t.Participants.Count(p => (units == null || units.Contains(p.OrgUnitId)) && p.CertificateSha256 != null)));
        var rows = Exporting(format) ? await ordered.ToListAsync(cancellationToken) : await ordered.Skip(Filter.Skip).Take(RegisterFilter.PageSize).ToListAsync(cancellationToken);
        return await ListOrFileAsync(format, "trainings", Columns, rows, total, units, cancellationToken);
    }
}
