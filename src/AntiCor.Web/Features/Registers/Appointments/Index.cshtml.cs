using AntiCor.Core.Data;
using AntiCor.Web.Features.OpenData;
using AntiCor.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace AntiCor.Web.Features.Registers.Appointments;

/// <summary>The register of appointment notices: filtered, searched (position, and the candidate for the department), paged, exported; late notices with the days missing.</summary>
[Authorize(Policy = Policies.Registers)]
public sealed class IndexModel(AppDbContext db, RegisterAccess access) : PageModel
{
    public sealed record Row(Guid Id, string Unit, string Candidate, string Position, string Category, DateOnly ReceivedOn, DateOnly PlannedOn, int DaysBefore, int RequiredDays, bool IsLate, int DaysMissing);

    [BindProperty(SupportsGet = true)]
    public RegisterFilter Filter { get; set; } = new();

    public RegisterPage<Row> Result { get; private set; } = new([], 0, 1);

    public IReadOnlyList<UnitOption> Units { get; private set; } = [];

    public bool CanCreate { get; private set; }

    public bool CanImport => access.IsCoordinator;

    [TempData]
    public string? Notice { get; set; }

    public static readonly IReadOnlyList<OpenDataColumn<Row>> Columns =
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
    ];

    public async Task<IActionResult> OnGetAsync(string? format, CancellationToken cancellationToken)
    {
        var units = await access.UnitsAsync(cancellationToken);
        var query = db.AppointmentNotices.AsNoTracking().Where(n => units == null || units.Contains(n.OrgUnitId));
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
            query = access.SeesNames
                ? query.Where(n => n.Position.Contains(q) || (n.CandidateName != null && n.CandidateName.Contains(q)))
                : query.Where(n => n.Position.Contains(q));
        }

        if (Filter.Violations)
        {
            query = query.Where(n => n.DaysBefore < n.RequiredDays);
        }

        var ordered = query.OrderByDescending(n => n.NoticeReceivedOn).ThenBy(n => n.Id)
            .Join(db.OrgUnits, n => n.OrgUnitId, u => u.Id, (n, u) => new { n, Unit = u.Name });
        var total = await query.CountAsync(cancellationToken);
        var exporting = format is "csv" or "xlsx";
        var taken = exporting ? await ordered.ToListAsync(cancellationToken) : await ordered.Skip(Filter.Skip).Take(RegisterFilter.PageSize).ToListAsync(cancellationToken);
        var rows = taken.Select(x => new Row(x.n.Id, x.Unit, access.Name(x.n.CandidateName, x.n.ErasedAtUtc), x.n.Position, x.n.Category,
            x.n.NoticeReceivedOn, x.n.PlannedAppointmentOn, x.n.DaysBefore, x.n.RequiredDays, x.n.IsLate, x.n.DaysMissing)).ToList();
        if (await RegisterExport.FileAsync(db, format, "appointment-notices", Columns, rows, cancellationToken) is { } file)
        {
            return file;
        }

        Result = new RegisterPage<Row>(rows, total, Math.Max(1, Filter.Page));
        Units = await RegisterUnits.OptionsAsync(db, units, cancellationToken);
        CanCreate = await access.CanCreateAsync(cancellationToken);
        return Page();
    }
}
