using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Mvc.ApplicationModels;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace AntiCor.Web.Infrastructure;

/// <summary>
/// Named rate-limit policies for the endpoints that guessing and flooding aim at: sign-in,
/// password reset, document uploads and the public downloads. The first three count only
/// state-changing requests (a GET of the form is free); downloads count every request. Per client
/// IP, in a fixed window set under `RateLimits:{policy}` (PermitLimit, WindowSeconds). Apply with
/// <c>.RequireSignInRateLimit()</c> or <c>.RequireExportRateLimit()</c> on an endpoint,
/// <c>options.Conventions.RequireSignInRateLimit("/Account/Login")</c> on a page, or
/// <c>[EnableRateLimiting(RateLimits.SignIn)]</c> on a PageModel.
/// </summary>
public static class RateLimits
{
    public const string SignIn = "sign-in";
    public const string PasswordReset = "password-reset";
    public const string Upload = "upload";
    public const string Export = "export";
    public const string CitizenMessage = "citizen-message";

    /// <summary>Not per client: the executors' report posts queue for the whole server (<see cref="ReportSaveQueue"/>).</summary>
    public const string ReportSaves = "report-saves";
    public const string ConfigurationSection = "RateLimits";

    private static readonly Dictionary<string, (string Section, RateLimitSettings Defaults, bool CountsReads)> Policies = new()
    {
        // Per address: an office behind one NAT signs in together in the morning; per-account
        // guessing is stopped by Identity's lockout, this stops spraying from one address.
        [SignIn] = ("SignIn", new RateLimitSettings { PermitLimit = 30, WindowSeconds = 300 }, false),
        [PasswordReset] = ("PasswordReset", new RateLimitSettings { PermitLimit = 5, WindowSeconds = 900 }, false),
        [Upload] = ("Upload", new RateLimitSettings { PermitLimit = 20, WindowSeconds = 600 }, false),
        // Each download builds a document: a person takes a few, a script looping on it is stopped.
        [Export] = ("Export", new RateLimitSettings { PermitLimit = 60, WindowSeconds = 60 }, true),
        // «Повідомити про неточність» on the public measure card: a reader sends a few, a flood is stopped.
        [CitizenMessage] = ("CitizenMessage", new RateLimitSettings { PermitLimit = 5, WindowSeconds = 600 }, false),
    };

    public static WebApplicationBuilder AddRateLimits(this WebApplicationBuilder builder)
    {
        foreach (var (name, (section, defaults, _)) in Policies)
        {
            builder.Services.AddOptions<RateLimitSettings>(name)
                .Configure(s => (s.PermitLimit, s.WindowSeconds) = (defaults.PermitLimit, defaults.WindowSeconds))
                .Bind(builder.Configuration.GetSection($"{ConfigurationSection}:{section}"));
        }

        builder.AddReportSaveQueue();
        builder.Services.AddRateLimiter(options =>
        {
            foreach (var (name, (_, _, countsReads)) in Policies)
            {
                options.AddPolicy(name, context => Partition(context, name, countsReads));
            }

            options.AddPolicy(ReportSaves, ReportSaveQueue.Partition);

            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.OnRejected = RejectAsync;
        });

        // The pages that exist today; the identity pages may also name the policy themselves (same effect).
        builder.Services.Configure<RazorPagesOptions>(options =>
        {
            options.Conventions.RequireSignInRateLimit("/Account/Login");
            options.Conventions.RequireSignInRateLimit("/Account/LoginTwoFactor");
            options.Conventions.RequirePasswordResetRateLimit("/Account/ForgotPassword");
            options.Conventions.RequirePasswordResetRateLimit("/Account/ResetPassword");
            options.Conventions.RequireUploadRateLimit("/Register/Import");
            options.Conventions.RequireRateLimit("/Portal/MeasureCard", CitizenMessage);
            options.Conventions.RequireRateLimit(ReportSavesPage, ReportSaves);
        });
        return builder;
    }

    /// <summary>The executor's report form, whose posts queue (<see cref="ReportSaves"/>).</summary>
    public const string ReportSavesPage = "/My/ReportForm";

    /// <summary>After routing, so that the policies named on endpoints are seen.</summary>
    public static WebApplication UseRateLimits(this WebApplication app)
    {
        app.UseRateLimiter();
        return app;
    }

    public static TBuilder RequireSignInRateLimit<TBuilder>(this TBuilder builder)
        where TBuilder : IEndpointConventionBuilder => builder.RequireRateLimiting(SignIn);

    public static TBuilder RequirePasswordResetRateLimit<TBuilder>(this TBuilder builder)
        where TBuilder : IEndpointConventionBuilder => builder.RequireRateLimiting(PasswordReset);

    public static TBuilder RequireUploadRateLimit<TBuilder>(this TBuilder builder)
        where TBuilder : IEndpointConventionBuilder => builder.RequireRateLimiting(Upload);

    public static TBuilder RequireExportRateLimit<TBuilder>(this TBuilder builder)
        where TBuilder : IEndpointConventionBuilder => builder.RequireRateLimiting(Export);

    /// <summary>Limits the POSTs of a Razor page, e.g. "/Account/Login".</summary>
    public static PageConventionCollection RequireSignInRateLimit(this PageConventionCollection conventions, string pageName) =>
        conventions.RequireRateLimit(pageName, SignIn);

    public static PageConventionCollection RequirePasswordResetRateLimit(this PageConventionCollection conventions, string pageName) =>
        conventions.RequireRateLimit(pageName, PasswordReset);

    public static PageConventionCollection RequireUploadRateLimit(this PageConventionCollection conventions, string pageName) =>
        conventions.RequireRateLimit(pageName, Upload);

    public static PageConventionCollection RequireRateLimit(this PageConventionCollection conventions, string pageName, string policy)
    {
        conventions.AddPageApplicationModelConvention(pageName, model => model.EndpointMetadata.Add(new EnableRateLimitingAttribute(policy)));
        return conventions;
    }

    /// <summary>A request that changes nothing: a form's GET is never what a limit is for.</summary>
    internal static bool IsRead(string method) => HttpMethods.IsGet(method) || HttpMethods.IsHead(method) || HttpMethods.IsOptions(method);

    private static RateLimitPartition<string> Partition(HttpContext context, string policy, bool countsReads)
    {
        if (!countsReads && IsRead(context.Request.Method))
        {
            return RateLimitPartition.GetNoLimiter("read");
        }

        var settings = context.RequestServices.GetRequiredService<IOptionsMonitor<RateLimitSettings>>().Get(policy);
        var client = context.Connection.RemoteIpAddress?.ToString() ?? "unknown";
        return RateLimitPartition.GetFixedWindowLimiter($"{client}|{settings.PermitLimit}|{settings.WindowSeconds}", _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = Math.Max(1, settings.PermitLimit),
            Window = TimeSpan.FromSeconds(Math.Max(1, settings.WindowSeconds)),
            QueueLimit = 0,
        });
    }

    private static async ValueTask RejectAsync(OnRejectedContext rejected, CancellationToken cancellationToken)
    {
        var response = rejected.HttpContext.Response;
        var wait = rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter) ? retryAfter : (TimeSpan?)null;
        if (wait is { } w)
        {
            response.Headers.RetryAfter = ((int)Math.Ceiling(w.TotalSeconds)).ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        if (rejected.HttpContext.Request.Path.StartsWithSegments("/api"))
        {
            response.ContentType = "application/problem+json; charset=utf-8";
            await response.WriteAsJsonAsync(
                new { type = "https://httpstatuses.io/429", title = RateLimitText.Title, status = 429, detail = RateLimitText.Lead },
                cancellationToken);
            return;
        }

        response.ContentType = "text/html; charset=utf-8";
        await response.WriteAsync(RateLimitText.Page, cancellationToken);
    }
}

/// <summary>One policy's window: at most PermitLimit requests per WindowSeconds from one client.</summary>
public sealed class RateLimitSettings
{
    public int PermitLimit { get; set; }
    public int WindowSeconds { get; set; }
}

/// <summary>What a client that sent too many requests reads; plain HTML, no script, styled by the site's sheet.</summary>
public static class RateLimitText
{
    public const string Title = "Забагато спроб";
    public const string Lead = "Ви надіслали забагато запитів за короткий час. Зачекайте кілька хвилин і спробуйте знову.";

    public const string Page = $"""
        <!DOCTYPE html>
        <html lang="uk">
        <head>
          <meta charset="utf-8" />
          <meta name="viewport" content="width=device-width, initial-scale=1" />
          <title>{Title} — АнтиКор</title>
          <link rel="stylesheet" href="/css/site.css" />
        </head>
        <body>
          <main id="main" class="container">
            <section class="error-page" data-status-page="429">
              <p class="error-page__code" aria-hidden="true">429</p>
              <h1>{Title}</h1>
              <p class="lead">{Lead}</p>
              <p><a class="button" href="/">До переліку програм</a></p>
            </section>
          </main>
        </body>
        </html>
        """;
}
