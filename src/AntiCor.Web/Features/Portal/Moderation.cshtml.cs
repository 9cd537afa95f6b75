using AntiCor.Core.Data;
using AntiCor.Core.Domain;
using AntiCor.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace AntiCor.Web.Features.Portal;

/// <summary>
/// The coordinator's queue of readers' «Повідомити про неточність» messages: newest first, the
/// measure each names, a "handled" mark. Nothing here is ever shown to the public.
/// </summary>
[Authorize(Policy = Policies.ReportReview)]
public sealed class ModerationModel(AppDbContext db, TimeProvider time, CurrentUser user) : PageModel
{
    public const int PageSize = 50;

    public sealed record Row(Guid Id, DateTime ReceivedAtUtc, string Text, Guid ProgrammeId, Guid MeasureId, string MeasureNumber, DateTime? HandledAtUtc);

    public IReadOnlyList<Row> Rows { get; private set; } = [];

    public bool All { get; private set; }

    public async Task OnGetAsync(bool all, CancellationToken cancellationToken)
    {
        All = all;
        // Tenant-filtered: the coordinator's organisation only.
        Rows = await (
            from c in db.CitizenMessages.AsNoTracking()
            where all || c.HandledAtUtc == null
            join m in db.Measures on c.MeasureId equals m.Id
            join d in db.Directions on m.DirectionId equals d.Id
            orderby c.ReceivedAtUtc descending
            select new Row(c.Id, c.ReceivedAtUtc, c.Text, d.ProgrammeId, m.Id, m.Number, c.HandledAtUtc))
            .Take(PageSize)
            .ToListAsync(cancellationToken);
    }

    public async Task<IActionResult> OnPostHandledAsync(Guid messageId, CancellationToken cancellationToken)
    {
        var message = await db.CitizenMessages.SingleOrDefaultAsync(c => c.Id == messageId, cancellationToken);
        if (message is null)
        {
            return NotFound();
        }

        try
        {
            message.MarkHandled(user.Id ?? Guid.Empty, time.GetUtcNow().UtcDateTime);
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DomainException)
        {
            // Already handled (two tabs): nothing to change.
        }

        return Redirect("/moderation");
    }
}
