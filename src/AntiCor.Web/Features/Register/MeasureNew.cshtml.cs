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

/// <summary>Add a measure to a direction; it takes the next number, as an amending act would give it.</summary>
[Authorize(Policies.ProgrammeEditing)]
public sealed class MeasureNewModel(AppDbContext db, ProgrammeEditor editor) : PageModel
{
    [BindProperty]
    public string? Text { get; set; }

    [BindProperty]
    public string? TermText { get; set; }

    [BindProperty]
    public string? ExecutorsText { get; set; }

    [BindProperty]
    public AmendingActInput Act { get; set; } = new();

    /// <summary>The choices for executor names the organisation has no unit for.</summary>
    [BindProperty]
    public List<ExecutorChoiceInput> ExecutorChoices { get; set; } = [];

    /// <summary>The names typed that are not among the units, once a save has found them.</summary>
    public ExecutorChoicesView? Executors { get; private set; }

    public string DirectionTitle { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(Guid id, Guid directionId, CancellationToken cancellationToken) =>
        await LoadAsync(id, directionId, cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(Guid id, Guid directionId, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, directionId, cancellationToken))
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
            var measure = await editor.AddMeasureAsync(
                id, directionId, new MeasureInput(Text ?? "", TermText ?? "", ExecutorsText ?? ""), act, Infrastructure.CurrentUser.NameOf(User), cancellationToken, executors);
            return Redirect($"{HttpContext.PublicBase()}/programmes/{id}#measure-{measure.Number}");
        }
        catch (DomainException e)
        {
            ModelState.AddModelError(string.Empty, e.Message);
            return Page();
        }
    }

    private async Task<bool> LoadAsync(Guid id, Guid directionId, CancellationToken cancellationToken)
    {
        var direction = await db.Directions.AsNoTracking().Where(d => d.Id == directionId && d.ProgrammeId == id)
            .Select(d => new { d.Number, d.Title }).SingleOrDefaultAsync(cancellationToken);
        DirectionTitle = direction is null ? "" : $"{direction.Number}. {direction.Title}";
        return direction is not null;
    }
}
