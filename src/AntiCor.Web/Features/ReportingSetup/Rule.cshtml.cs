using AntiCor.Core.Data;
using AntiCor.Core.Domain;
using AntiCor.Core.Reporting;
using AntiCor.Web.Features.Shared;
using AntiCor.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace AntiCor.Web.Features.ReportingSetup;

/// <summary>
/// The programme's reporting rule and calendar. A change is shown first (which due dates move)
/// and saved only when confirmed, with the calendar and obligations re-planned in the same
/// transaction; a programme changed meanwhile by someone else is refused.
/// </summary>
[Authorize(Policies.ReportReview)]
public sealed class RuleModel(AppDbContext db, TimeProvider time) : PageModel
{
    public sealed record CalendarRow(string Key, string Label, DateOnly Starts, DateOnly Ends, DateOnly DueOn, bool Closed);

    public sealed record ChangeRow(string Key, string Label, DateOnly? Was, DateOnly? Becomes, bool Closed);

    public sealed record MeasureRow(Guid Id, string Number, string Text, string? Lead, int Indicators);

    public sealed record GroupRow(Guid Id, string Name, int Members);

    [BindProperty]
    public RuleInput Input { get; set; } = new();

    /// <summary>The programme's version when the form was opened.</summary>
    [BindProperty]
    public int Version { get; set; }

    public Guid ProgrammeId { get; private set; }
    public string ProgrammeTitle { get; private set; } = "";
    public IReadOnlyList<CalendarRow> Calendar { get; private set; } = [];
    public IReadOnlyList<ChangeRow>? Changes { get; private set; }
    public IReadOnlyList<MeasureRow> Measures { get; private set; } = [];
    public IReadOnlyList<GroupRow> Groups { get; private set; } = [];
    public bool Saved { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, bool saved, CancellationToken cancellationToken)
    {
        var programme = await FindAsync(id, tracked: false, cancellationToken);
        if (programme is null)
        {
            return NotFound();
        }

        Input = RuleInput.From(programme.Reporting);
        Version = programme.Version;
        Saved = saved;
        await LoadAsync(programme, cancellationToken);
        return Page();
    }

    /// <summary>The first step: which due dates the new rule moves; nothing is saved.</summary>
    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken)
    {
        var programme = await FindAsync(id, tracked: false, cancellationToken);
        if (programme is null)
        {
            return NotFound();
        }

        await LoadAsync(programme, cancellationToken);
        var rule = Input.ToRule(ModelState, nameof(Input), programme.Reporting);
        if (rule is null)
        {
            return Page();
        }

        var closed = Calendar.Where(c => c.Closed).Select(c => c.Key).ToHashSet();
        Changes = [.. (await new ReportingSchedule(db, time).PreviewAsync(programme, rule, cancellationToken))
            .Select(c => new ChangeRow(c.Period, Wording.PeriodLabel(PeriodKey.Parse(c.Period)), c.Was, c.Becomes, closed.Contains(c.Period)))];
        return Page();
    }

    public async Task<IActionResult> OnPostConfirmAsync(Guid id, CancellationToken cancellationToken)
    {
        var programme = await FindAsync(id, tracked: true, cancellationToken);
        if (programme is null)
        {
            return NotFound();
        }

        var rule = Input.ToRule(ModelState, nameof(Input), programme.Reporting);
        if (rule is not null)
        {
            try
            {
                db.ExpectVersion(programme, Version);
                programme.ChangeReporting(rule);
                await Replanning.SaveAsync(db, time, [programme.Id], cancellationToken);
                return Redirect($"/programmes/{id}/reporting?saved=true");
            }
            catch (DomainException e)
            {
                ModelState.AddModelError(string.Empty, e.Message);
            }
        }

        db.ChangeTracker.Clear();
        await LoadAsync((await FindAsync(id, tracked: false, cancellationToken))!, cancellationToken);
        return Page();
    }

    private Task<Programme?> FindAsync(Guid id, bool tracked, CancellationToken cancellationToken) =>
        (tracked ? db.Programmes : db.Programmes.AsNoTracking()).SingleOrDefaultAsync(p => p.Id == id, cancellationToken);

    private async Task LoadAsync(Programme programme, CancellationToken cancellationToken)
    {
        ProgrammeId = programme.Id;
        ProgrammeTitle = programme.Title;
        var periods = await db.ReportingPeriods.AsNoTracking().Where(p => p.ProgrammeId == programme.Id)
            .OrderBy(p => p.StartsOn)
            .Select(p => new { p.Key, p.StartsOn, p.EndsOn, p.DueOn, p.ClosedAtUtc })
            .ToListAsync(cancellationToken);
        Calendar = [.. periods.Select(p => new CalendarRow(p.Key, Wording.PeriodLabel(PeriodKey.Parse(p.Key)), p.StartsOn, p.EndsOn, p.DueOn, p.ClosedAtUtc is not null))];
        // From the measures with their direction joined: SQLite has no APPLY for a nested projection.
        var measures = await db.Measures.AsNoTracking()
            .Join(db.Directions.Where(d => d.ProgrammeId == programme.Id), m => m.DirectionId, d => d.Id, (m, d) => new
            {
                Direction = d.Number,
                m.Position,
                m.Id,
                m.Number,
                m.Text,
                Lead = m.Executors.Where(e => e.IsLead).Select(e => e.OrgUnit.Name).FirstOrDefault(),
                Indicators = db.Indicators.Count(i => i.MeasureId == m.Id),
            })
            .OrderBy(m => m.Direction).ThenBy(m => m.Position)
            .ToListAsync(cancellationToken);
        Measures = [.. measures.Select(m => new MeasureRow(m.Id, m.Number, m.Text, m.Lead, m.Indicators))];
        Groups = await db.OrgUnits.AsNoTracking().Where(u => u.Kind == ExecutorKind.Group)
            .OrderBy(u => u.Name)
            .Select(u => new GroupRow(u.Id, u.Name, db.GroupMembers.Count(g => g.GroupId == u.Id)))
            .ToListAsync(cancellationToken);
    }
}
