using AntiCor.Core.Contracts;
using AntiCor.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace AntiCor.Web.Features.OpenData;

/// <summary>
/// The lists of the open-data API, one page each, projected in the query. They span
/// organisations, so they leave the tenant filter aside on purpose and name their own
/// condition instead: only published programmes, and what published programmes show.
/// </summary>
public static class OpenDataQueries
{
    public sealed record Organization(Guid Id, string Slug, string Name);

    public static Task<Organization?> OrganizationAsync(AppDbContext db, string slug, CancellationToken cancellationToken)
    {
        var text = slug.Trim().ToLowerInvariant();
        return db.Organizations.AsNoTracking().Where(o => o.Slug == text)
            .Select(o => new Organization(o.Id, o.Slug, o.Name)).FirstOrDefaultAsync(cancellationToken);
    }

    public static async Task<(IReadOnlyList<OrganizationItem> Items, int Total)> OrganizationsAsync(
        AppDbContext db, ApiPaging paging, Func<string, string> absolute, CancellationToken cancellationToken)
    {
        var query = db.Organizations.AsNoTracking();
        var total = await query.CountAsync(cancellationToken);
        var rows = await query.OrderBy(o => o.Name).ThenBy(o => o.Id).Skip(paging.Skip).Take(paging.PageSize)
            .Select(o => new
            {
                o.Id,
                o.Slug,
                o.Name,
                o.Code,
                o.Kind,
                o.Katottg,
                Parent = db.Organizations.Where(p => p.Id == o.ParentId).Select(p => p.Slug).FirstOrDefault(),
                Published = db.Programmes.IgnoreQueryFilters().Count(p => p.OrganizationId == o.Id && p.PublishedAtUtc != null),
            })
            .ToListAsync(cancellationToken);
        return (rows.Select(o => new OrganizationItem(
            o.Id, o.Slug, o.Name, o.Code, OpenDataNames.Of(o.Kind), o.Katottg, o.Parent, o.Published,
            absolute($"/o/{o.Slug}"), absolute(OpenDataRoutes.PassportOf(o.Slug)))).ToList(), total);
    }

    public static async Task<(IReadOnlyList<ProgrammeItem> Items, int Total)> ProgrammesAsync(
        AppDbContext db, Guid? organizationId, ApiPaging paging, Func<string, string> absolute, CancellationToken cancellationToken)
    {
        var query = db.Programmes.IgnoreQueryFilters().AsNoTracking()
            .Where(p => p.PublishedAtUtc != null && (organizationId == null || p.OrganizationId == organizationId));
        var total = await query.CountAsync(cancellationToken);
        var rows = await query
            .OrderBy(p => p.Organization.Name).ThenByDescending(p => p.LegalBasis.Date).ThenBy(p => p.Title).ThenBy(p => p.Id)
            .Skip(paging.Skip).Take(paging.PageSize)
            .Select(p => new
            {
                p.Id,
                p.Organization.Slug,
                OrganizationName = p.Organization.Name,
                p.Title,
                p.LegalBasis.Kind,
                p.LegalBasis.Number,
                p.LegalBasis.Date,
                p.PeriodFrom,
                p.PeriodTo,
                Measures = p.Directions.SelectMany(d => d.Measures).Count(),
                PublishedAt = p.PublishedAtUtc!.Value,
            })
            .ToListAsync(cancellationToken);
        return (rows.Select(p => new ProgrammeItem(
            p.Id, p.Slug, p.OrganizationName, p.Title, p.Kind, p.Number, p.Date, p.PeriodFrom, p.PeriodTo, p.Measures,
            DateTime.SpecifyKind(p.PublishedAt, DateTimeKind.Utc),
            absolute(OpenDataRoutes.ProgrammeOf(p.Id)), absolute($"/o/{p.Slug}/programmes/{p.Id}"))).ToList(), total);
    }

    /// <summary>The units that execute a measure of a published programme or coordinate one.</summary>
    public static async Task<(IReadOnlyList<UnitItem> Items, int Total)> UnitsAsync(
        AppDbContext db, Guid? organizationId, ApiPaging paging, Func<string, string> absolute, CancellationToken cancellationToken)
    {
        var publishedMeasures =
            from m in db.Measures.IgnoreQueryFilters()
            join d in db.Directions.IgnoreQueryFilters() on m.DirectionId equals d.Id
            join p in db.Programmes.IgnoreQueryFilters() on d.ProgrammeId equals p.Id
            where p.PublishedAtUtc != null
            select m.Id;
        var query = db.OrgUnits.IgnoreQueryFilters().AsNoTracking()
            .Where(u => organizationId == null || u.OrganizationId == organizationId)
            .Select(u => new
            {
                u.Id,
                u.OrganizationId,
                u.Name,
                u.Kind,
                Measures = db.MeasureExecutors.Count(e => e.OrgUnitId == u.Id && publishedMeasures.Contains(e.MeasureId)),
                Coordinates = db.Programmes.IgnoreQueryFilters().Any(p => p.CoordinatorUnitId == u.Id && p.PublishedAtUtc != null),
            })
            .Where(u => u.Measures > 0 || u.Coordinates);
        var total = await query.CountAsync(cancellationToken);
        var rows = await query
            .Join(db.Organizations, u => u.OrganizationId, o => o.Id, (u, o) => new { Unit = u, o.Slug, OrganizationName = o.Name })
            .OrderBy(r => r.OrganizationName).ThenBy(r => r.Unit.Name).ThenBy(r => r.Unit.Id)
            .Skip(paging.Skip).Take(paging.PageSize)
            .ToListAsync(cancellationToken);
        return (rows.Select(r => new UnitItem(
            r.Unit.Id, r.Slug, r.Unit.Name, ContractNames.Of(r.Unit.Kind), r.Unit.Measures, absolute($"/o/{r.Slug}/units/{r.Unit.Id}"))).ToList(), total);
    }

    /// <summary>The organisation of a published programme, or null when there is none with this id (or it is a draft).</summary>
    public static Task<Guid?> PublishedProgrammeOrganizationAsync(AppDbContext db, Guid id, CancellationToken cancellationToken) =>
        db.Programmes.IgnoreQueryFilters().AsNoTracking().Where(p => p.Id == id && p.PublishedAtUtc != null)
            .Select(p => (Guid?)p.OrganizationId).FirstOrDefaultAsync(cancellationToken);
}
