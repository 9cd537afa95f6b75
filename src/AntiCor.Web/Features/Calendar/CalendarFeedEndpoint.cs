using AntiCor.Core.Data;
using AntiCor.Core.Security;
using AntiCor.Core.Tenancy;
using AntiCor.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace AntiCor.Web.Features.Calendar;

/// <summary>
/// GET /calendar/{token}.ics: a unit's due dates for a calendar program, which fetches it without
/// signing in — the token is the key. Rate-limited like the downloads. An unknown or revoked token,
/// or one whose owner no longer reports for the unit, is a plain 404 (nothing says which).
/// </summary>
public static class CalendarFeedEndpoint
{
    public const string Route = "/calendar/{token}.ics";

    public static IEndpointRouteBuilder MapCalendarFeed(this IEndpointRouteBuilder app)
    {
        app.MapGet(Route, async (string token, AppDbContext db, TenantScope scope, TimeProvider time, CancellationToken cancellationToken) =>
        {
            if (token.Length is < 20 or > 100)
            {
                return Results.NotFound();
            }

            var hash = CalendarToken.Hash(token);
            // The request names no organisation: the feed is found by its hash across all of them, then
            // the request sees only the feed's organisation.
            var feed = await db.CalendarFeeds.IgnoreQueryFilters().AsNoTracking()
                .Where(f => f.TokenSha256 == hash && f.RevokedAtUtc == null)
                .Select(f => new { f.OrganizationId, f.UserId, f.OrgUnitId })
                .SingleOrDefaultAsync(cancellationToken);
            if (feed is null
                || !await db.UserUnits.AnyAsync(u => u.UserId == feed.UserId && u.OrgUnitId == feed.OrgUnitId, cancellationToken)
                || !await db.Memberships.AnyAsync(m => m.UserId == feed.UserId && m.OrganizationId == feed.OrganizationId && m.Role == Roles.Executor, cancellationToken))
            {
                return Results.NotFound();
            }

            scope.Enter(feed.OrganizationId);
            var text = await CalendarFeedDocument.BuildAsync(db, feed.OrgUnitId, time.GetUtcNow().UtcDateTime, cancellationToken);
            return Results.Text(text, CalendarFeedDocument.ContentType);
        }).RequireExportRateLimit();
        return app;
    }
}
