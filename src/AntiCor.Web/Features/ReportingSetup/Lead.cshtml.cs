using AntiCor.Core.Data;
using AntiCor.Core.Domain;
using AntiCor.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace AntiCor.Web.Features.ReportingSetup;

/// <summary>
/// The lead executor (головний виконавець) of a measure: the first unit named by default, changed
/// here; the obligations' lead mark follows in the same transaction.
/// </summary>
[Authorize(Policies.ReportReview)]
public sealed class LeadModel(AppDbContext db, TimeProvider time) : PageModel
{
    public sealed record ExecutorRow(Guid Id, string Name, ExecutorKind Kind, bool IsLead);

    [BindProperty]
    public Guid? LeadId { get; set; }

    /// <summary>The measure's version when the form was opened.</summary>
    [BindProperty]
    public int Version { get; set; }

    public string Number { get; private set; } = "";
    public string Text { get; private set; } = "";
    public string ProgrammeTitle { get; private set; } = "";
    public IReadOnlyList<ExecutorRow> Executors { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid id, Guid measureId, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, measureId, cancellationToken))
        {
            return NotFound();
        }

        LeadId = Executors.FirstOrDefault(e => e.IsLead)?.Id;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, Guid measureId, CancellationToken cancellationToken)
    {
        var measure = await db.Measures.Include(m => m.Executors).ThenInclude(e => e.OrgUnit)
            .Where(m => m.Id == measureId && db.Directions.Any(d => d.Id == m.DirectionId && d.ProgrammeId == id))
            .SingleOrDefaultAsync(cancellationToken);
        if (measure is null)
        {
            return NotFound();
        }

        try
        {
            if (LeadId is not { } lead)
            {
                throw new DomainException(SetupText.ChooseLead);
            }

            db.ExpectVersion(measure, Version);
            measure.SetLead(lead);
            await Replanning.SaveAsync(db, time, [id], cancellationToken);
            return Redirect($"/programmes/{id}/reporting#measures-title");
        }
        catch (DomainException e)
        {
            ModelState.AddModelError(string.Empty, e.Message);
            db.ChangeTracker.Clear();
            await LoadAsync(id, measureId, cancellationToken);
            return Page();
        }
    }

    private async Task<bool> LoadAsync(Guid id, Guid measureId, CancellationToken cancellationToken)
    {
        var measure = await db.Measures.AsNoTracking()
            .Where(m => m.Id == measureId && db.Directions.Any(d => d.Id == m.DirectionId && d.ProgrammeId == id))
            .Select(m => new
            {
                m.Number,
                m.Text,
                m.Version,
                Executors = m.Executors.OrderBy(e => e.Position)
                    .Select(e => new ExecutorRow(e.OrgUnitId, e.OrgUnit.Name, e.OrgUnit.Kind, e.IsLead)).ToList(),
            })
            .SingleOrDefaultAsync(cancellationToken);
        if (measure is null)
        {
            return false;
        }

        Number = measure.Number;
        Text = measure.Text;
        Executors = measure.Executors;
        if (Version == 0 || ModelState.IsValid)
        {
            Version = measure.Version;
        }

        ProgrammeTitle = await db.Programmes.Where(p => p.Id == id).Select(p => p.Title).SingleAsync(cancellationToken);
        return true;
    }
}
