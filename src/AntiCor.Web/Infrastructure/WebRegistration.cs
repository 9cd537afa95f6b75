using System.Text.Encodings.Web;
using System.Text.Unicode;
using AntiCor.Web.Features.Audit;
using AntiCor.Web.Features.Calendar;
using AntiCor.Web.Features.Consolidation;
using AntiCor.Web.Features.OpenData;
using AntiCor.Web.Features.Organizations;
using AntiCor.Web.Features.Register;
using AntiCor.Web.Infrastructure.Caching;
using AntiCor.Web.Infrastructure.Health;
using AntiCor.Web.Infrastructure.Localization;
using AntiCor.Web.Infrastructure.Telemetry;
using AntiCor.Web.Jobs;

namespace AntiCor.Web.Infrastructure;

/// <summary>Razor Pages as vertical slices under Features/, and the request pipeline.</summary>
public static class WebRegistration
{
    public static WebApplicationBuilder AddWeb(this WebApplicationBuilder builder)
    {
        builder.Services.AddRazorPages(options => options.RootDirectory = "/Features")
            .AddDataAnnotationsLocalization(options => options.DataAnnotationLocalizerProvider = (_, _) => ValidationText.Annotations);
        builder.Services.AddRouting(options => options.LowercaseUrls = true);

        // Ukrainian text goes out as UTF-8 letters, not as &#x...; escapes: smaller pages,
        // readable source. Markup characters are still encoded.
        builder.Services.AddWebEncoders(options => options.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));
        builder.AddUiLanguages();
        builder.AddSecurityHeaders();
        builder.AddRateLimits();
        builder.AddDataProtectionKeys();
        builder.AddMail();
        builder.AddJobs();
        builder.AddRegister();
        builder.AddWorkspace();
        builder.AddUkrainianValidation();
        builder.AddReverseProxy();
        builder.AddPublicCache();
        builder.AddOpenDataApi();
        builder.AddPortal();
        builder.AddHealth();
        builder.AddTelemetry();
        return builder;
    }

    public static WebApplication UseWeb(this WebApplication app)
    {
        // First: everything after it (headers, HSTS, rate limits, audit) sees the real client.
        app.UseReverseProxy();
        app.UseSecurityHeaders();
        // The language before the error pages and the cache, so that both speak it.
        app.UseUiLanguages();
        // A reader's repeat visit of a public page is answered here, before everything below.
        app.UsePublicFastLane();
        // The friendly page in every environment: the public must never see internals, and
        // the tests check the same page that production serves. Details go to the log.
        app.UseExceptionHandler(ErrorRoutes.Error);
        app.UseStatusCodePagesWithReExecute(ErrorRoutes.StatusPattern);

        // TLS ends at the reverse proxy in front of the app; Kestrel serves plain HTTP.
        app.UseRouting();
        app.UseCors();
        app.UseRateLimits();
        app.UseAccounts();
        app.UsePublicCache();
        app.MapStaticAssets();
        app.MapRazorPages().WithStaticAssets();
        app.MapAuditApi();
        app.MapOpenDataApi();
        app.MapProgrammeExport();
        app.MapCalendarFeed();
        app.MapConsolidatedReports();
        app.MapLegacyLinks();
        app.MapLanguageSwitch();
        app.MapHealth();
        return app;
    }
}
