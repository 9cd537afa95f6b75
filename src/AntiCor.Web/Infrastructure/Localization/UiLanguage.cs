using System.Globalization;
using Microsoft.AspNetCore.Localization;

namespace AntiCor.Web.Infrastructure.Localization;

/// <summary>
/// The interface speaks Ukrainian (the default) or English, picked per request by ASP.NET Core
/// request localization: <c>?culture=en</c>, then the cookie the language switch sets, then
/// <c>Accept-Language</c>. Only the UI culture changes: the formatting culture stays invariant in
/// both languages, so numbers, dates (dd.MM.yyyy) and times (Europe/Kyiv, see KyivTime) read the
/// same whatever the language, and no output depends on the server's locale.
/// </summary>
public static class UiLanguage
{
    public static readonly CultureInfo Ukrainian = CultureInfo.GetCultureInfo("uk");

    public static readonly CultureInfo English = CultureInfo.GetCultureInfo("en");

    public static readonly IReadOnlyList<CultureInfo> Supported = [Ukrainian, English];

    /// <summary>The language switch: GET /language/{code}?returnUrl=… sets the cookie and goes back.</summary>
    public const string SwitchPattern = "/language/{code}";

    // QueryStringRequestCultureProvider's default keys.
    private const string CultureKey = "culture";
    private const string UiCultureKey = "ui-culture";

    public static bool IsEnglish => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == English.TwoLetterISOLanguageName;

    /// <summary>For <c>&lt;html lang&gt;</c>: "uk" or "en".</summary>
    public static string Current => IsEnglish ? English.Name : Ukrainian.Name;

    public static string SwitchUrl(string code, string returnUrl) =>
        $"/language/{code}?returnUrl={Uri.EscapeDataString(returnUrl)}";

    /// <summary>Where the switch returns: this page's path and query without a <c>culture</c> that would override the choice.</summary>
    public static string ReturnUrl(HttpContext context)
    {
        var reExecuted = context.Features.Get<Microsoft.AspNetCore.Diagnostics.IStatusCodeReExecuteFeature>();
        var path = reExecuted is null ? (context.Request.PathBase + context.Request.Path).ToString() : reExecuted.OriginalPathBase + reExecuted.OriginalPath;
        var query = reExecuted is null ? context.Request.QueryString.Value : reExecuted.OriginalQueryString;
        var kept = Microsoft.AspNetCore.WebUtilities.QueryHelpers.ParseQuery(query)
            .Where(p => !p.Key.Equals(CultureKey, StringComparison.OrdinalIgnoreCase) && !p.Key.Equals(UiCultureKey, StringComparison.OrdinalIgnoreCase))
            .SelectMany(p => p.Value.Select(v => new KeyValuePair<string, string?>(p.Key, v)));
        var rest = QueryString.Create(kept).Value;
        var url = $"{path}{rest}";
        return url.Length == 0 ? "/" : url;
    }

    public static WebApplicationBuilder AddUiLanguages(this WebApplicationBuilder builder)
    {
        builder.Services.AddLocalization(options => options.ResourcesPath = InterfaceText.ResourcesPath);
        builder.Services.Configure<RequestLocalizationOptions>(options =>
        {
            // Providers keep their default order: query string, cookie, Accept-Language.
            options.DefaultRequestCulture = new RequestCulture(CultureInfo.InvariantCulture, Ukrainian);
            options.SupportedCultures = [CultureInfo.InvariantCulture];
            options.SupportedUICultures = [.. Supported];
            options.FallBackToParentUICultures = true;
            options.ApplyCurrentCultureToResponseHeaders = true;
        });
        return builder;
    }

    /// <summary>Before the error pages and the output cache: both see the request's language.</summary>
    public static WebApplication UseUiLanguages(this WebApplication app)
    {
        app.UseRequestLocalization();
        return app;
    }

    public static WebApplication MapLanguageSwitch(this WebApplication app)
    {
        app.MapGet(SwitchPattern, (string code, string? returnUrl, HttpContext context) =>
        {
            var culture = Supported.FirstOrDefault(c => c.Name.Equals(code, StringComparison.OrdinalIgnoreCase));
            if (culture is null)
            {
                return Results.NotFound();
            }

            context.Response.Cookies.Append(
                CookieRequestCultureProvider.DefaultCookieName,
                CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(culture)),
                new CookieOptions
                {
                    MaxAge = TimeSpan.FromDays(365),
                    IsEssential = true,
                    HttpOnly = true,
                    SameSite = SameSiteMode.Lax,
                    Secure = context.Request.IsHttps,
                    Path = "/",
                });
            return Results.Redirect(Features.Account.ReturnAddress.Safe(returnUrl));
        });
        return app;
    }
}
