using AntiCor.Core.Contracts;
using AntiCor.Core.Data;
using AntiCor.Core.Domain;
using AntiCor.Core.Security;
using AntiCor.Web.Infrastructure.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace AntiCor.Web.Infrastructure;

/// <summary>
/// The one rule of what the public sees of an organisation's programmes, used by every public page
/// and the exports: a draft (not yet published) programme is found only by the staff of its
/// organisation (any role there), and the importer's doubts — warnings, «потребує перевірки»
/// marks, source line numbers — are shown only to them. Everyone else gets a 404 for a draft,
/// exactly as for a programme that does not exist, so a draft's existence is not disclosed.
/// </summary>
public sealed class ProgrammeVisibility(IHttpContextAccessor accessor)
{
    /// <summary>Whether the request comes from staff of the organisation the address names (or, off /o/, acts for).</summary>
    public bool IsStaff => accessor.HttpContext is { } context && IsStaffOf(context);

    public static bool IsStaffOf(HttpContext context)
    {
        var acting = CurrentUser.OrganizationOf(context.User);
        var named = context.Organization();
        return acting is not null && named is not null && acting.Id == named.Id
            && (Roles.All.Any(context.User.IsInRole) || context.User.IsInRole(Roles.DeploymentAdministrator));
    }

    /// <summary>The programmes this request may see: all of the organisation's for its staff, the published ones for everyone else.</summary>
    public IQueryable<Programme> Programmes(AppDbContext db) =>
        IsStaff ? db.Programmes : db.Programmes.Where(p => p.PublishedAtUtc != null);

    public Task<bool> CanSeeAsync(AppDbContext db, Guid programmeId, CancellationToken cancellationToken) =>
        Programmes(db).AnyAsync(p => p.Id == programmeId, cancellationToken);

    /// <summary>The document as this request may download it: without the importer's doubts unless staff.</summary>
    public ProgrammeDocument ForDownload(ProgrammeDocument document) => IsStaff ? document : WithoutDoubts(document);

    public static ProgrammeDocument WithoutDoubts(ProgrammeDocument document) => document with
    {
        Warnings = [],
        Programme = document.Programme with
        {
            Directions = [.. document.Programme.Directions.Select(d => d with
            {
                Measures = [.. d.Measures.Select(m => m with { NeedsReview = false, Source = null })],
            })],
        },
    };
}
