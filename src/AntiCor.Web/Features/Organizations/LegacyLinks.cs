using AntiCor.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace AntiCor.Web.Features.Organizations;

/// <summary>
/// Addresses published before organisations had their own (/programmes/{id}, /units/{id}) keep
/// working: they redirect permanently to the page under the owning organisation's /o/{slug}/.
/// </summary>
public static class LegacyLinks
{
    public static IEndpointRouteBuilder MapLegacyLinks(this IEndpointRouteBuilder app)
    {
        app.MapGet("/programmes/{id:guid}", async (Guid id, AppDbContext db, CancellationToken cancellationToken) =>
            To(await db.Programmes.IgnoreQueryFilters().Where(p => p.Id == id).Select(p => p.Organization.Slug).FirstOrDefaultAsync(cancellationToken), $"/programmes/{id}"));
        app.MapGet("/units/{id:guid}", async (Guid id, AppDbContext db, CancellationToken cancellationToken) =>
            To(await db.OrgUnits.IgnoreQueryFilters().Where(u => u.Id == id)
                .Join(db.Organizations, u => u.OrganizationId, o => o.Id, (u, o) => o.Slug).FirstOrDefaultAsync(cancellationToken), $"/units/{id}"));
        return app;
    }

    private static IResult To(string? slug, string path) =>
        slug is null ? Results.NotFound() : Results.Redirect($"/o/{slug}{path}", permanent: true);
}
