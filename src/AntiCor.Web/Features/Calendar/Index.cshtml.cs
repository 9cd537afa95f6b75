using AntiCor.Core.Data;
using AntiCor.Core.Reporting;
using AntiCor.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace AntiCor.Web.Features.Calendar;

/// <summary>
/// An executor's private calendar addresses, one or more per unit they report for: created (the
/// address is shown once, only its hash is kept) and revoked here. Another user's feed or a unit
/// that is not the user's is refused with 404/403.
/// </summary>
[Authorize(Policy = Policies.OwnObligations)]
public sealed class IndexModel(AppDbContext db, CurrentUser current, TimeProvider time) : PageModel
{
    public sealed record Feed(Guid Id, DateTime CreatedAtUtc);

    public sealed record Unit(Guid Id, string Name, IReadOnlyList<Feed> Feeds);

    public IReadOnlyList<Unit> Units { get; private set; } = [];

    /// <summary>The address just created, shown this once.</summary>
    public string? NewAddress { get; private set; }

    public Guid? NewAddressUnit { get; private set; }

    [TempData]
    public string? Notice { get; set; }

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken);

    public async Task<IActionResult> OnPostCreateAsync(Guid unitId, CancellationToken cancellationToken)
    {
        if (current.Id is not { } userId || current.OrganizationId is not { } organizationId)
        {
            return Challenge();
        }

        if (!(await current.UnitsAsync(cancellationToken)).Contains(unitId))
        {
            return Forbid();
        }

        var token = CalendarToken.New();
        db.CalendarFeeds.Add(new CalendarFeed(organizationId, userId, unitId, CalendarToken.Hash(token), time.GetUtcNow().UtcDateTime));
        await db.SaveChangesAsync(cancellationToken);
        NewAddress = $"{Request.Scheme}://{Request.Host}{Request.PathBase}{CalendarToken.Path(token)}";
        NewAddressUnit = unitId;
        await LoadAsync(cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostRevokeAsync(Guid feedId, CancellationToken cancellationToken)
    {
        var feed = await db.CalendarFeeds.SingleOrDefaultAsync(f => f.Id == feedId && f.UserId == current.Id, cancellationToken);
        if (feed is null)
        {
            return NotFound();
        }

        feed.Revoke(time.GetUtcNow().UtcDateTime);
        await db.SaveChangesAsync(cancellationToken);
        Notice = CalendarText.Revoked;
        return RedirectToPage();
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        var units = await current.UnitsAsync(cancellationToken);
        var userId = current.Id;
        var names = await db.OrgUnits.AsNoTracking().Where(u => units.Contains(u.Id)).OrderBy(u => u.Name)
            .Select(u => new { u.Id, u.Name }).ToListAsync(cancellationToken);
        var feeds = await db.CalendarFeeds.AsNoTracking().Where(f => f.UserId == userId && f.RevokedAtUtc == null)
            .OrderBy(f => f.CreatedAtUtc).Select(f => new { f.Id, f.OrgUnitId, f.CreatedAtUtc }).ToListAsync(cancellationToken);
        Units = [.. names.Select(u => new Unit(u.Id, u.Name, [.. feeds.Where(f => f.OrgUnitId == u.Id).Select(f => new Feed(f.Id, f.CreatedAtUtc))]))];
    }
}
