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

/// <summary>Add a direction, rename one, or remove an empty one.</summary>
[Authorize(Policies.ProgrammeEditing)]
public sealed class DirectionEditModel(AppDbContext db, ProgrammeEditor editor) : PageModel
{
    // Not "Title": with no Act.* fields posted, binding would fall back and read it as the act's title too.
    [BindProperty]
    public string? DirectionTitle { get; set; }

    [BindProperty]
    public AmendingActInput Act { get; set; } = new();

    /// <summary>The direction's version when the form was opened: a save over a newer one is refused.</summary>
    [BindProperty]
    public int? Version { get; set; }

    public int? Number { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, Guid? directionId, CancellationToken cancellationToken)
    {
        if (!await db.Programmes.AnyAsync(p => p.Id == id, cancellationToken))
        {
            return NotFound();
        }

        if (directionId is Guid d)
        {
            var direction = await db.Directions.AsNoTracking().Where(x => x.Id == d && x.ProgrammeId == id)
                .Select(x => new { x.Number, x.Title, x.Version }).SingleOrDefaultAsync(cancellationToken);
            if (direction is null)
            {
                return NotFound();
            }

            Number = direction.Number;
            DirectionTitle = direction.Title;
            Version = direction.Version;
        }

        return Page();
    }

    public Task<IActionResult> OnPostSaveAsync(Guid id, Guid? directionId, CancellationToken cancellationToken) =>
        ChangeAsync(async act =>
        {
            if (directionId is Guid d)
            {
                await editor.RenameDirectionAsync(id, d, DirectionTitle ?? "", act, Infrastructure.CurrentUser.NameOf(User), cancellationToken, Version);
            }
            else
            {
                await editor.AddDirectionAsync(id, DirectionTitle ?? "", act, Infrastructure.CurrentUser.NameOf(User), cancellationToken);
            }
        }, id);

    public Task<IActionResult> OnPostDeleteAsync(Guid id, Guid directionId, CancellationToken cancellationToken) =>
        ChangeAsync(act => editor.RemoveDirectionAsync(id, directionId, act, Infrastructure.CurrentUser.NameOf(User), cancellationToken), id);

    private async Task<IActionResult> ChangeAsync(Func<AmendingAct?, Task> change, Guid id)
    {
        // Another organisation's programme is not there for this user.
        if (!await db.Programmes.AnyAsync(p => p.Id == id))
        {
            return NotFound();
        }

        var act = Act.ToAct(ModelState, nameof(Act));
        if (!ModelState.IsValid)
        {
            return Page();
        }

        try
        {
            await change(act);
            return Redirect($"{HttpContext.PublicBase()}/programmes/{id}");
        }
        catch (DomainException e)
        {
            ModelState.AddModelError(string.Empty, e.Message);
            return Page();
        }
    }
}
