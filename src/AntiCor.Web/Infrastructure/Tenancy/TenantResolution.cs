using AntiCor.Core.Data;
using AntiCor.Core.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace AntiCor.Web.Infrastructure.Tenancy;

/// <summary>
/// Names the request's organisation before any page runs: a public address /o/{slug}/ names it
/// (an unknown slug is a 404 page); otherwise it is the organisation the signed-in user acts for.
/// A request that names none sees no tenant-owned record at all.
/// </summary>
public sealed class TenantResolution(RequestDelegate next)
{
    public const string SlugRouteValue = "slug";

    public async Task InvokeAsync(HttpContext context, TenantScope scope, OrganizationDirectory directory)
    {
        OrganizationContext? organization = null;
        if (context.GetRouteValue(SlugRouteValue) is string slug)
        {
            // The database context is made only when the directory does not know the slug.
            organization = await directory.FindAsync(slug.ToLowerInvariant(), text => context.RequestServices.GetRequiredService<AppDbContext>()
                .Organizations.AsNoTracking().Where(o => o.Slug == text)
                .Select(o => new OrganizationContext(o.Id, o.Slug, o.Name)).FirstOrDefaultAsync(context.RequestAborted));
            if (organization is null)
            {
                context.Response.StatusCode = StatusCodes.Status404NotFound;
                return;
            }
        }
        else if (CurrentUser.OrganizationOf(context.User) is { } own)
        {
            organization = own;
        }

        if (organization is not null)
        {
            scope.Enter(organization.Id);
            context.Features.Set(organization);
        }

        await next(context);
    }
}

public static class TenantResolutionExtensions
{
    /// <summary>The request's organisation, or null when it names none.</summary>
    public static OrganizationContext? Organization(this HttpContext context) => context.Features.Get<OrganizationContext>();

    /// <summary>The base of the request's organisation's public pages ("/o/kropyvnytskyi"), or "" when it names none.</summary>
    public static string PublicBase(this HttpContext context) => context.Organization()?.PublicBase ?? "";
}
