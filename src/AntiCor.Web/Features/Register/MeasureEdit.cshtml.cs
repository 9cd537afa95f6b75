using AntiCor.Web.Infrastructure.Tenancy;
using AntiCor.Web.Infrastructure;
using AntiCor.Core.Data;
using AntiCor.Core.Domain;
using AntiCor.Core.Programmes;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace AntiCor.Web.Features.Register;

/// <summary>Edit, move or remove one measure of a stored programme, optionally under an amending act.</summary>
[Authorize(Policies.ProgrammeEditing)]
public sealed class MeasureEditModel(AppDbContext db, ProgrammeEditor editor, CurrentUser currentUser) : PageModel
{
    [BindProperty]
    public string? Text { get; set; }

    [BindProperty]
    public string? TermText { get; set; }

    [BindProperty]
    public string? ExecutorsText { get; set; }

    [BindProperty]
    public Guid DirectionId { get; set; }

    [BindProperty]
    public AmendingActInput Act { get; set; } = new();

    /// <summary>The choices for executor names the organisation has no unit for.</summary>
    [BindProperty]
    public List<ExecutorChoiceInput> ExecutorChoices { get; set; } = [];

    /// <summary>The names typed that are not among the units, once a save has found them.</summary>
    public ExecutorChoicesView? Executors { get; private set; }

    /// <summary>The measure's version when the form was opened: a save over a newer one is refused.</summary>
    [BindProperty]
    public int? Version { get; set; }

    /// <summary>Removal is asked twice: the act, and this tick.</summary>
    [BindProperty]
    public bool ConfirmDelete { get; set; }

    public string Number { get; private set; } = "";
    public string ProgrammeTitle { get; private set; } = "";
    public IReadOnlyList<(Guid Id, int Number, string Title)> Directions { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid id, Guid measureId, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, measureId, fillInputs: true, cancellationToken))
        {
            return NotFound();
        }

        return Page();
    }

    public async Task<IActionResult> OnPostSaveAsync(Guid id, Guid measureId, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, measureId, fillInputs: false, cancellationToken))
        {
            return NotFound();
        }

        var act = Act.ToAct(ModelState, nameof(Act));
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var (executors, view) = await MeasureExecutorChoices.DecideAsync(db, id, ExecutorsText, ExecutorChoices, ModelState, cancellationToken);
        Executors = view;
        if (executors is null)
        {
            return Page();
        }

        try
        {
            await editor.SaveMeasureAsync(
                id, measureId, new MeasureInput(Text ?? "", TermText ?? "", ExecutorsText ?? ""), DirectionId, Version, act, currentUser.Name, cancellationToken, executors);
        }
        catch (DomainException e)
        {
            ModelState.AddModelError(string.Empty, e.Message);
            return Page();
        }

        var number = await db.Measures.Where(m => m.Id == measureId).Select(m => m.Number).SingleAsync(cancellationToken);
        return Redirect($"{HttpContext.PublicBase()}/programmes/{id}#measure-{number}");
    }

    public async Task<IActionResult> OnPostDeleteAsync(Guid id, Guid measureId, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, measureId, fillInputs: false, cancellationToken))
        {
            return NotFound();
        }

        var act = Act.ToAct(ModelState, nameof(Act));
        if (ModelState.IsValid && act is null)
        {
            ModelState.AddModelError(nameof(Act), RegisterText.DeleteNeedsAct);
        }

        if (ModelState.IsValid && !ConfirmDelete)
        {
            ModelState.AddModelError(nameof(ConfirmDelete), RegisterText.DeleteNeedsConfirmation);
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        try
        {
            await editor.RemoveMeasureAsync(id, measureId, act, currentUser.Name, cancellationToken);
        }
        catch (DomainException e)
        {
            ModelState.AddModelError(string.Empty, e.Message);
            return Page();
        }

        return Redirect($"{HttpContext.PublicBase()}/programmes/{id}");
    }

    private async Task<bool> LoadAsync(Guid id, Guid measureId, bool fillInputs, CancellationToken cancellationToken)
    {
        var measure = await db.Measures.AsNoTracking()
            .Where(m => m.Id == measureId && db.Directions.Any(d => d.Id == m.DirectionId && d.ProgrammeId == id))
            .Select(m => new
            {
                m.Number,
                m.Text,
                TermText = m.Term.Text,
                m.DirectionId,
                m.Version,
                Executors = m.Executors.OrderBy(e => e.Position).Select(e => e.RawText).ToList(),
            })
            .SingleOrDefaultAsync(cancellationToken);
        if (measure is null)
        {
            return false;
        }

        Number = measure.Number;
        ProgrammeTitle = await db.Programmes.Where(p => p.Id == id).Select(p => p.Title).SingleAsync(cancellationToken);
        Directions = (await db.Directions.AsNoTracking().Where(d => d.ProgrammeId == id).OrderBy(d => d.Number)
            .Select(d => new { d.Id, d.Number, d.Title }).ToListAsync(cancellationToken))
            .Select(d => (d.Id, d.Number, d.Title)).ToList();
        if (fillInputs)
        {
            Text = measure.Text;
            TermText = measure.TermText;
            ExecutorsText = string.Join(", ", measure.Executors);
            DirectionId = measure.DirectionId;
            Version = measure.Version;
        }

        return true;
    }
}
