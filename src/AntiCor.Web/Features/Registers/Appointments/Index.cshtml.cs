using AntiCor.Core.Data;
using AntiCor.Web.Features.OpenData;
using AntiCor.Web.Infrastructure;
using AntiCor.Web.Infrastructure.Localization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace AntiCor.Web.Features.Registers.Appointments;

/// <summary>The register of appointment notices: filtered, searched (position, and the candidate for the department), paged, exported; late notices with the days missing.</summary>
[Authorize(Policy = Policies.Registers)]
public sealed class IndexModel(AppDbContext db, RegisterAccess access) : RegisterIndexModel<IndexModel.Row>(db, access)
{
    public sealed record Row(Guid Id, string Unit, string Candidate, string Position, string Category, DateOnly ReceivedOn, DateOnly PlannedOn, int DaysBefore, int RequiredDays, bool IsLate, int DaysMissing);

    // The export's columns are a document's and the import reads them back: Ukrainian whatever the reader's language (ADR-014).
    public static readonly IReadOnlyList<OpenDataColumn<Row>> Columns = InterfaceText.InUkrainian<IReadOnlyList<OpenDataColumn<Row>>>(() =>
    [
        new("unit", RegistersText.Unit, r => r.Unit),
        new("candidate", AppointmentsText.CandidateShort, r => r.Candidate),
        new("position", AppointmentsText.Position, r => r.Position),
        new("category", AppointmentsText.CategoryShort, r => r.Category),
        new("noticeReceivedOn", AppointmentsText.ReceivedShort, r => RegisterDate.Format(r.ReceivedOn)),
        new("plannedAppointmentOn", AppointmentsText.PlannedShort, r => RegisterDate.Format(r.PlannedOn)),
        new("daysBefore", AppointmentsText.DaysBefore, r => r.DaysBefore),
        new("requiredDays", RegistersText.NoticeDays, r => r.RequiredDays),
        new("daysMissing", AppointmentsText.Violation, r => r.DaysMissing),
    ]);

    public async Task<IActionResult> OnGetAsync(string? format, CancellationToken cancellationToken)
    {
        var units = await Access.UnitsAsync(cancellationToken);
        var query = Db.AppointmentNotices.AsNoTracking().Where(n => units == null || units.Contains(n.OrgUnitId));
        if (Filter.Unit is { } unit)
        {
            query = query.Where(n => n.OrgUnitId == unit);
        }

        if (Filter.FromDate is { } from)
        {
            query = query.Where(n => n.NoticeReceivedOn >= from);
        }

        if (Filter.ToDate is { } to)
        {
            query = query.Where(n => n.NoticeReceivedOn <= to);
        }

        if (Filter.Search is { } q)
        {
            // Only the department searches by name: the others never see one.
            query = Access.SeesNames
                ? query.Where(n => n.Position.Contains(q) || (n.CandidateName != null && n.CandidateName.Contains(q)))
                : query.Where(n => n.Position.Contains(q));
        }

        if (Filter.Violations)
        {
            query = query.Where(n => n.DaysBefore < n.RequiredDays);
        }

        var ordered = query.OrderByDescending(n => n.NoticeReceivedOn).ThenBy(n => n.Id)
            .Join(Db.OrgUnits, n => n.OrgUnitId, u => u.Id, (n, u) => new { n, Unit = u.Name });
        var total = await query.CountAsync(cancellationToken);
        var exporting = Exporting(format);
        var taken = exporting ? await ordered.ToListAsync(cancellationToken) : await ordered.Skip(Filter.Skip).Take(RegisterFilter.PageSize).ToListAsync(cancellationToken);
        var rows = taken.Select(x => new Row(x.n.Id, x.Unit, Access.Name(x.n.CandidateName, x.n.ErasedAtUtc), x.n.Position, x.n.Category,
            x.n.NoticeReceivedOn, x.n.PlannedAppointmentOn, x.n.DaysBefore, x.n.RequiredDays, x.n.IsLate, x.n.DaysMissing)).ToList();
        return await ListOrFileAsync(format, "appointment-notices", Columns, rows, total, units, cancellationToken);
    }
}
