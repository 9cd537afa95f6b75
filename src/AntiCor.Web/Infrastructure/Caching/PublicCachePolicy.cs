using System.Globalization;
using AntiCor.Web.Infrastructure.Tenancy;
using Microsoft.AspNetCore.OutputCaching;

namespace AntiCor.Web.Infrastructure.Caching;

/// <summary>
/// Caches a GET or HEAD of an anonymous reader (a signed-in user may see staff-only parts of a
/// page), varies by the whole query string and (pages) the UI language, stores only a 200 that sets no cookie, and tags the
/// entry with the request's organisation and, on a programme page, its programme. The eviction
/// generation the request started in travels as a tag, so that an entry computed before an
/// eviction is never stored after it (<see cref="GuardedOutputCacheStore"/>).
/// </summary>
internal sealed class PublicCachePolicy(bool tagProgramme, bool varyByLanguage = true) : IOutputCachePolicy
{
    private const string LanguageKey = "ui-culture";

    public ValueTask CacheRequestAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        var http = context.HttpContext;
        var request = http.Request;
        var cacheable = (HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method))
            && http.User.Identity?.IsAuthenticated != true
            && !request.Headers.ContainsKey("Authorization");
        context.EnableOutputCaching = true;
        context.AllowCacheLookup = cacheable;
        context.AllowCacheStorage = cacheable;
        context.AllowLocking = true;
        context.CacheVaryByRules.QueryKeys = "*";
        if (varyByLanguage)
        {
            // The cookie and Accept-Language pick the language too: a page in one language is never served for the other.
            context.CacheVaryByRules.VaryByValues[LanguageKey] = CultureInfo.CurrentUICulture.Name;
        }

        context.Tags.Add(PublicCache.EverythingTag);
        context.Tags.Add(http.RequestServices.GetRequiredService<PublicCacheGate>().GenerationTag());
        if (http.Organization() is { } organization)
        {
            context.Tags.Add(PublicCache.OrganizationTag(organization.Id));
        }

        if (tagProgramme && Guid.TryParse(http.GetRouteValue("id")?.ToString(), out var programme))
        {
            context.Tags.Add(PublicCache.ProgrammeTag(programme));
        }

        return ValueTask.CompletedTask;
    }

    public ValueTask ServeFromCacheAsync(OutputCacheContext context, CancellationToken cancellation) => ValueTask.CompletedTask;

    public ValueTask ServeResponseAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        var response = context.HttpContext.Response;
        if (response.StatusCode != StatusCodes.Status200OK || response.Headers.ContainsKey("Set-Cookie"))
        {
            context.AllowCacheStorage = false;
        }

        if (context.AllowCacheStorage)
        {
            // What this policy stores, the fast lane in front may replay (PublicFastLane).
            context.HttpContext.Features.Get<FastLaneOffer>()?.Accept(context);
        }

        return ValueTask.CompletedTask;
    }
}
