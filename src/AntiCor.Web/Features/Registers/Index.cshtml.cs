using AntiCor.Core.Data;
using AntiCor.Core.Domain;
using AntiCor.Core.Registers;
using AntiCor.Core.Reporting;
using AntiCor.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace AntiCor.Web.Features.Registers;

/// <summary>
/// The registers, and for the coordinator their links to measures: once per programme and
/// register, a measure (by its number) whose reports receive the register's figures; linking
/// creates the figures' indicators on the measure (or takes those of the same name).
/// </summary>
[Authorize(Policy = Policies.Registers)]
public sealed class IndexModel(AppDbContext db, RegisterAccess access, CurrentUser currentUser) : PageModel
{
    public sealed record LinkRow(string Programme, RegisterKind Register, string Measure, int NoticeDays);

    public sealed record ProgrammeOption(Guid Id, string Title);

    public bool IsCoordinator => access.IsCoordinator;

    public IReadOnlyList<LinkRow> Links { get; private set; } = [];

    public IReadOnlyList<ProgrammeOption> Programmes { get; private set; } = [];

    [BindProperty]
    public Guid? ProgrammeId { get; set; }

    [BindProperty]
    public RegisterKind Register { get; set; }

    [BindProperty]
    public string? MeasureNumber { get; set; }

    [BindProperty]
    public string? NoticeDays { get; set; }

    [TempData]
    public string? Notice { get; set; }

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken);

    public async Task<IActionResult> OnPostLinkAsync(CancellationToken cancellationToken)
    {
        if (!access.IsCoordinator || currentUser.OrganizationId is not { } organization)
        {
            return Forbid();
        }

        var programme = ProgrammeId is { } pid ? await db.Programmes.AsNoTracking().FirstOrDefaultAsync(p => p.Id == pid, cancellationToken) : null;
        var number = MeasureNumber?.Trim();
        var measure = programme is null || string.IsNullOrEmpty(number)
            ? null
            : await db.Measures.Where(m => m.Number == number)
                .Join(db.Directions.Where(d => d.ProgrammeId == programme.Id), m => m.DirectionId, d => d.Id, (m, d) => m)
                .FirstOrDefaultAsync(cancellationToken);
        var days = AppointmentNotice.DefaultRequiredDays;
        if (programme is null)
        {
            ModelState.AddModelError(nameof(ProgrammeId), RegistersText.ProgrammeUnknown);
        }
        else if (measure is null)
        {
            ModelState.AddModelError(nameof(MeasureNumber), RegistersText.MeasureUnknown);
        }
        else if (await db.RegisterLinks.AnyAsync(l => l.ProgrammeId == programme.Id && l.Register == Register, cancellationToken))
        {
            ModelState.AddModelError(nameof(Register), RegistersText.AlreadyLinked);
        }

        if (!string.IsNullOrWhiteSpace(NoticeDays) && !int.TryParse(NoticeDays.Trim(), out days))
        {
            ModelState.AddModelError(nameof(NoticeDays), RegistersText.NotANumber);
        }

        if (!ModelState.IsValid)
        {
            await LoadAsync(cancellationToken);
            return Page();
        }

        try
        {
            var link = new RegisterLink(organization, programme!.Id, Register, measure!.Id);
            link.SetNoticeDays(days);
            var indicators = await db.Indicators.Where(i => i.MeasureId == measure.Id).ToListAsync(cancellationToken);
            var position = indicators.Count == 0 ? 0 : indicators.Max(i => i.Position) + 1;
            foreach (var (code, name, unit) in RegisterFigures.Definitions(Register))
            {
                var indicator = indicators.FirstOrDefault(i => i.Name == name);
                if (indicator is null)
                {
                    indicator = new Indicator(measure, name, unit, null, position++);
                    db.Indicators.Add(indicator);
                }

                link.MapFigure(code, indicator.Id);
            }

            db.RegisterLinks.Add(link);
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DomainException e)
        {
            ModelState.AddModelError(string.Empty, e.Message);
            await LoadAsync(cancellationToken);
            return Page();
        }

        Notice = RegistersText.Linked;
        return RedirectToPage();
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        Programmes = await db.Programmes.AsNoTracking().OrderBy(p => p.PeriodFrom).Select(p => new ProgrammeOption(p.Id, p.Title)).ToListAsync(cancellationToken);
        var links = await db.RegisterLinks.AsNoTracking().ToListAsync(cancellationToken);
        var measures = await db.Measures.AsNoTracking().Where(m => links.Select(l => l.MeasureId).Contains(m.Id)).ToDictionaryAsync(m => m.Id, m => m.Number, cancellationToken);
        var titles = Programmes.ToDictionary(p => p.Id, p => p.Title);
        Links = [.. links.Select(l => new LinkRow(titles.GetValueOrDefault(l.ProgrammeId, "—"), l.Register, measures.GetValueOrDefault(l.MeasureId, "—"), l.NoticeDays))];
    }
}
