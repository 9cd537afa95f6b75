using Microsoft.AspNetCore.Mvc;

namespace AntiCor.Web.Infrastructure;

/// <summary>
/// Response headers that make the browser refuse what the site never does: run inline or
/// foreign scripts, be framed, guess content types, leak full addresses to other sites.
/// Added through OnStarting, so error pages (whose response is cleared and re-executed) get
/// them too. Views must therefore carry no inline script and no style="" attribute.
/// </summary>
public static class SecurityHeaders
{
    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; " +
        "frame-ancestors 'none'; base-uri 'self'; form-action 'self'; object-src 'none'";

    public const string PermissionsPolicy =
        "camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()";

    /// <summary>
    /// HSTS for a year, and no client-side validation markup: the site ships no validation
    /// script, and the summary's hidden placeholder carries a style="" attribute CSP refuses.
    /// </summary>
    public static WebApplicationBuilder AddSecurityHeaders(this WebApplicationBuilder builder)
    {
        builder.Services.AddHsts(options =>
        {
            options.MaxAge = TimeSpan.FromDays(365);
            options.IncludeSubDomains = true;
        });
        builder.Services.Configure<MvcViewOptions>(options => options.HtmlHelperOptions.ClientValidationEnabled = false);
        return builder;
    }

    /// <summary>The headers first in the pipeline; HSTS outside Development, sent only on HTTPS requests.</summary>
    public static WebApplication UseSecurityHeaders(this WebApplication app)
    {
        var policy = WithSingleSignOn(ContentSecurityPolicy, app.Configuration);
        app.Use((context, next) =>
        {
            context.Response.OnStarting(() =>
            {
                var headers = context.Response.Headers;
                headers.ContentSecurityPolicy = policy;
                headers.XContentTypeOptions = "nosniff";
                headers.XFrameOptions = "DENY";
                headers["Referrer-Policy"] = "strict-origin-when-cross-origin";
                headers["Permissions-Policy"] = PermissionsPolicy;
                headers["Cross-Origin-Opener-Policy"] = "same-origin";
                return Task.CompletedTask;
            });
            return next(context);
        });

        // HstsMiddleware itself sends the header only when the request came over HTTPS (and
        // never to localhost); behind a TLS-terminating proxy that needs forwarded headers.
        if (!app.Environment.IsDevelopment())
        {
            app.UseHsts();
        }

        return app;
    }

    /// <summary>
    /// The single sign-on button posts to the app, which redirects to the identity provider;
    /// browsers check form-action on that redirect too, so the provider's origin joins 'self'.
    /// </summary>
    public static string WithSingleSignOn(string policy, IConfiguration configuration)
    {
        var settings = SingleSignOn.Read(configuration);
        return settings.IsComplete && Uri.TryCreate(settings.Authority, UriKind.Absolute, out var authority)
            ? policy.Replace("form-action 'self'", $"form-action 'self' {authority.GetLeftPart(UriPartial.Authority)}", StringComparison.Ordinal)
            : policy;
    }
}
