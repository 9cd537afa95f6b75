using AntiCor.Core.Data;
using AntiCor.Core.Domain;
using AntiCor.Core.Portal;
using AntiCor.Web.Infrastructure;
using AntiCor.Web.Infrastructure.Tenancy;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace AntiCor.Web.Features.Portal;

/// <summary>
/// The public card of one measure (<see cref="MeasureCardQuery"/>), and «Повідомити про неточність»:
/// a reader's short message goes to the coordinator's moderation queue, never onto the page.
/// The POST is rate-limited per address (<see cref="RateLimits.CitizenMessage"/>).
/// </summary>
public sealed class MeasureCardModel(AppDbContext db, ProgrammeVisibility visibility, TimeProvider time) : PageModel
{
    public MeasureCardQuery.Result Data { get; private set; } = null!;

    [BindProperty]
    public string? Message { get; set; }

    public bool Sent { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, Guid measureId, bool sent, CancellationToken cancellationToken)
    {
        Sent = sent;
        return await LoadAsync(id, measureId, cancellationToken) ? Page() : NotFound();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, Guid measureId, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, measureId, cancellationToken))
        {
            return NotFound();
        }

        var text = Message?.Trim() ?? "";
        if (text.Length == 0)
        {
            ModelState.AddModelError(nameof(Message), PortalText.EmptyMessage);
        }
        else if (text.Length > CitizenMessage.MaxLength)
        {
            ModelState.AddModelError(nameof(Message), PortalText.TooLong);
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        try
        {
            db.CitizenMessages.Add(new CitizenMessage(HttpContext.Organization()!.Id, measureId, text, time.GetUtcNow().UtcDateTime));
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DomainException e)
        {
            ModelState.AddModelError(nameof(Message), e.Message);
            return Page();
        }

        return Redirect($"{HttpContext.PublicBase()}/programmes/{id}/measures/{measureId}?sent=true#report-inaccuracy");
    }

    private async Task<bool> LoadAsync(Guid id, Guid measureId, CancellationToken cancellationToken)
    {
        var data = await MeasureCardQuery.RunAsync(db, visibility.Programmes(db), id, measureId, KyivTime.Today(time), cancellationToken);
        if (data is null)
        {
            return false;
        }

        Data = data;
        return true;
    }
}
