using System.Globalization;
using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace AntiCor.Web.Infrastructure.Caching;

/// <summary>
/// Serves a reader's repeat visit of a public page or open-data answer from memory, in front of
/// routing, rate limits, authentication, the tenant and the output cache, which together cost a
/// fifth of a cached page's time (bench/RESULTS.md). Only plain anonymous reads take the lane: a GET
/// with no cookie but the language's, no Authorization, no Origin (CORS answers per origin) and no
/// conditional or range header. The lane stores only what the public cache policy itself chose to
/// store (<see cref="PublicCachePolicy"/> offers it), under the same eviction generation guard, and
/// is evicted with the output cache, so it is never staler than the output cache. The security
/// headers and HSTS run before the lane and are added to a replayed answer as to any other.
/// </summary>
internal sealed class PublicFastLane(RequestDelegate next, FastLaneStore store, PublicCacheGate gate, IOptions<OutputCacheOptions> options)
{
    /// <summary>Larger answers (none today) go the ordinary way: the lane is for pages and JSON.</summary>
    private const int MaxBody = 4 * 1024 * 1024;

    // Set per request by the app or by the server for this response: never replayed.
    private static readonly HashSet<string> Live = new(StringComparer.OrdinalIgnoreCase)
    {
        HeaderNames.Date, HeaderNames.Server, HeaderNames.ContentLength, HeaderNames.TransferEncoding, HeaderNames.SetCookie,
        HeaderNames.StrictTransportSecurity, HeaderNames.Age, HeaderNames.Connection,
    };

    private readonly TimeSpan _validFor = options.Value.DefaultExpirationTimeSpan;

    public Task InvokeAsync(HttpContext context)
    {
        var request = context.Request;
        if (!IsPlainAnonymousRead(request))
        {
            return next(context);
        }

        var key = KeyOf(request);
        return store.TryGet(key, out var entry) ? ReplayAsync(context.Response, entry) : CaptureAsync(context, key);
    }

    private static bool IsPlainAnonymousRead(HttpRequest request)
    {
        var headers = request.Headers;
        return HttpMethods.IsGet(request.Method)
            && !headers.ContainsKey(HeaderNames.Authorization)
            && !headers.ContainsKey(HeaderNames.Origin)
            && !headers.ContainsKey(HeaderNames.IfNoneMatch)
            && !headers.ContainsKey(HeaderNames.IfModifiedSince)
            && !headers.ContainsKey(HeaderNames.Range)
            // Static files keep their own path (zero-copy sends, their own ETags).
            && !Path.HasExtension(request.Path.Value)
            && (request.Cookies.Count == 0
                || (request.Cookies.Count == 1 && request.Cookies.ContainsKey(CookieRequestCultureProvider.DefaultCookieName)));
    }

    /// <summary>The address as the reader sent it and the language the request settled on (the localization middleware ran before).</summary>
    private static string KeyOf(HttpRequest request) =>
        string.Concat(CultureInfo.CurrentUICulture.Name, " ", request.Scheme, "://", request.Host.Value, request.PathBase.Value, request.Path.Value, request.QueryString.Value);

    private static Task ReplayAsync(HttpResponse response, FastLaneEntry entry)
    {
        response.StatusCode = StatusCodes.Status200OK;
        foreach (var (name, values) in entry.Headers)
        {
            response.Headers[name] = values;
        }

        // As the output cache does: a cached answer says how old it is.
        response.Headers.Age = ((Environment.TickCount64 - entry.StoredAtTicks) / 1000).ToString(CultureInfo.InvariantCulture);
        response.ContentLength = entry.Body.Length;
        return response.Body.WriteAsync(entry.Body, response.HttpContext.RequestAborted).AsTask();
    }

    private async Task CaptureAsync(HttpContext context, string key)
    {
        // Taken before anything is read: an answer computed across an eviction is not stored.
        var generation = gate.GenerationTag();
        var offer = new FastLaneOffer();
        context.Features.Set(offer);
        var response = context.Response;
        var original = response.Body;
        await using var tee = new FastLaneTee(original, MaxBody);
        response.Body = tee;
        try
        {
            await next(context);
        }
        finally
        {
            response.Body = original;
        }

        if (offer.Cache is not { AllowCacheStorage: true } cache || tee.Captured is not { } body
            || response.StatusCode != StatusCodes.Status200OK || response.Headers.ContainsKey(HeaderNames.SetCookie))
        {
            return;
        }

        var entry = new FastLaneEntry(
            [.. response.Headers.Where(h => !Live.Contains(h.Key)).Select(h => new KeyValuePair<string, string?[]>(h.Key, h.Value.ToArray()))],
            body,
            [.. cache.Tags.Where(t => !PublicCacheGate.IsGenerationTag(t))],
            Environment.TickCount64,
            Environment.TickCount64 + (long)_validFor.TotalMilliseconds);
        await gate.StoreIfCurrentAsync(
            generation,
            () =>
            {
                store.Add(key, entry);
                return ValueTask.CompletedTask;
            },
            CancellationToken.None);
    }
}

/// <summary>The public cache policy's consent, given once the response is complete: the lane may keep this answer.</summary>
internal sealed class FastLaneOffer
{
    public OutputCacheContext? Cache { get; private set; }

    public void Accept(OutputCacheContext cache) => Cache = cache;
}

public static class PublicFastLaneRegistration
{
    /// <summary>After the security headers and the language, before the error pages, routing and everything else.</summary>
    public static WebApplication UsePublicFastLane(this WebApplication app)
    {
        app.UseMiddleware<PublicFastLane>();
        return app;
    }
}
