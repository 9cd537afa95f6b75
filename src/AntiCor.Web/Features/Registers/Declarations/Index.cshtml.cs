using System.Globalization;
using AntiCor.Core.Data;
using AntiCor.Core.Domain;
using AntiCor.Core.Mail;
using AntiCor.Core.Registers;
using AntiCor.Web.Features.OpenData;
using AntiCor.Web.Infrastructure;
using AntiCor.Web.Infrastructure.Localization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace AntiCor.Web.Features.Registers.Declarations;

/// <summary>
/// The declaration campaigns: each declarant's deadline and filing, late and missing filings
/// (the violations filter) with the day NACP was told; filtered by the deadline's dates, paged,
/// exported. The coordinator sends the reminders now and carries the declarants into a new campaign.
/// </summary>
[Authorize(Policy = Policies.Registers)]
public sealed class IndexModel(AppDbContext db, RegisterAccess access, CurrentUser currentUser, IOutbox outbox, TimeProvider time)
    : RegisterIndexModel<IndexModel.Row>(db, access)
{
    public sealed record Row(Guid Id, int Year, string Unit, string Person, string Email, string Position, DateOnly? DismissedOn, DateOnly DueOn,
        DateOnly? FiledOn, string? RegisterUrl, DateOnly? NacpNotifiedOn, string State, bool IsLate);

    public bool IsCoordinator => Access.IsCoordinator;

    [BindProperty]
    public string? CampaignYear { get; set; }

    // The export's columns are a document's and the import reads them back: Ukrainian whatever the reader's language (ADR-014).
    public static readonly IReadOnlyList<OpenDataColumn<Row>> Columns = InterfaceText.InUkrainian<IReadOnlyList<OpenDataColumn<Row>>>(() =>
    [
        new("year", DeclarationsText.YearShort, r => r.Year),
        new("unit", RegistersText.Unit, r => r.Unit),
        new("person", DeclarationsText.PersonShort, r => r.Person),
        new("email", DeclarationsText.EmailShort, r => r.Email),
        new("position", DeclarationsText.Position, r => r.Position),
        new("dismissedOn", DeclarationsText.DismissedShort, r => RegisterDate.Format(r.DismissedOn)),
        new("dueOn", DeclarationsText.DueOn, r => RegisterDate.Format(r.DueOn)),
        new("filedOn", DeclarationsText.FiledShort, r => RegisterDate.Format(r.FiledOn)),
        new("registerUrl", DeclarationsText.RegisterUrlShort, r => r.RegisterUrl),
        new("nacpNotifiedOn", DeclarationsText.NacpShort, r => RegisterDate.Format(r.NacpNotifiedOn)),
        new("state", DeclarationsText.State, r => r.State),
    ]);

    public async Task<IActionResult> OnGetAsync(string? format, CancellationToken cancellationToken)
    {
        var today = KyivTime.Today(time);
        var units = await Access.UnitsAsync(cancellationToken);
        var query = Db.Declarations.AsNoTracking().Where(d => units == null || units.Contains(d.OrgUnitId));
        if (Filter.Unit is { } unit)
        {
            query = query.Where(d => d.OrgUnitId == unit);
        }

        if (Filter.FromDate is { } from)
        {
            query = query.Where(d => d.DueOn >= from);
        }

        if (Filter.ToDate is { } to)
        {
            query = query.Where(d => d.DueOn <= to);
        }

        if (Filter.Search is { } q)
        {
            query = Access.SeesNames
                ? query.Where(d => d.Position.Contains(q) || (d.PersonName != null && d.PersonName.Contains(q)) || (d.Email != null && d.Email.Contains(q)))
                : query.Where(d => d.Position.Contains(q));
        }

        if (Filter.Violations)
        {
            query = query.Where(d => d.FiledOn == null ? d.DueOn < today : d.FiledOn > d.DueOn);
        }

        var total = await query.CountAsync(cancellationToken);
        var ordered = query.OrderByDescending(d => d.DueOn).ThenBy(d => d.Id)
            .Join(Db.OrgUnits, d => d.OrgUnitId, u => u.Id, (d, u) => new { d, Unit = u.Name });
        var taken = Exporting(format) ? await ordered.ToListAsync(cancellationToken) : await ordered.Skip(Filter.Skip).Take(RegisterFilter.PageSize).ToListAsync(cancellationToken);
        var rows = taken.Select(x => new Row(x.d.Id, x.d.Year, x.Unit, Access.Name(x.d.PersonName, x.d.ErasedAtUtc), Access.Name(x.d.Email, x.d.ErasedAtUtc),
            x.d.Position, x.d.DismissedOn, x.d.DueOn, x.d.FiledOn, x.d.RegisterUrl, x.d.NacpNotifiedOn, StateOf(x.d, today), x.d.IsLate(today))).ToList();
        return await ListOrFileAsync(format, "declarations", Columns, rows, total, units, cancellationToken);
    }

    /// <summary>The coordinator queues today's reminders at once (the daily job does the same; nothing is sent twice).</summary>
    public async Task<IActionResult> OnPostRemindAsync(CancellationToken cancellationToken)
    {
        if (!Access.IsCoordinator)
        {
            return Forbid();
        }

        var letters = await DeclarationReminders.QueueAsync(Db, outbox, KyivTime.Today(time), cancellationToken);
        Notice = DeclarationsText.Reminded(letters);
        return Redirect("/registers/declarations");
    }

    /// <summary>Carries the previous campaign's declarants who were not dismissed into the campaign for the given year.</summary>
    public async Task<IActionResult> OnPostCampaignAsync(CancellationToken cancellationToken)
    {
        if (!Access.IsCoordinator || currentUser.OrganizationId is not { } organization)
        {
            return Forbid();
        }

        if (!int.TryParse(CampaignYear?.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var year) || year is < Declaration.FirstYear or > Declaration.LastYear)
        {
            Notice = RegisterWords.DeclarationYearRange;
            return Redirect("/registers/declarations");
        }

        var daysOff = await new Core.Reporting.ReportingSchedule(Db, time).DaysOffAsync(cancellationToken);
        var previous = await Db.Declarations.AsNoTracking()
            .Where(d => d.Year == year - 1 && d.DismissedOn == null && d.ErasedAtUtc == null && d.PersonName != null && d.Email != null)
            .ToListAsync(cancellationToken);
        var present = await Db.Declarations.AsNoTracking().Where(d => d.Year == year).Select(d => new { d.Email, d.PersonName }).ToListAsync(cancellationToken);
        var carried = 0;
        foreach (var old in previous.Where(p => !present.Any(n => n.Email == p.Email || n.PersonName == p.PersonName)))
        {
            var declaration = new Declaration(organization, old.OrgUnitId, year);
            declaration.Edit(old.OrgUnitId, year, old.PersonName!, old.Email!, old.Position, null, null, null, null, daysOff);
            Db.Declarations.Add(declaration);
            carried++;
        }

        await Db.SaveChangesAsync(cancellationToken);
        Notice = DeclarationsText.Carried(carried, year);
        return Redirect("/registers/declarations");
    }

    public static string StateOf(Declaration d, DateOnly today) =>
        d.FiledOn is { } filed ? (filed > d.DueOn ? DeclarationsText.Late : DeclarationsText.OnTime)
        : today > d.DueOn ? DeclarationsText.Missing : DeclarationsText.Waiting;
}
