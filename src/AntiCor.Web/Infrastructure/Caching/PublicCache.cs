using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace AntiCor.Web.Infrastructure.Caching;

/// <summary>
/// The output cache of what anyone may read: the open-data API and the public pages. The one
/// place that names its policies and tags. An entry is tagged with its organisation (and its
/// programme, where it shows one); a save that changes an organisation's records evicts that
/// organisation's entries once its transaction has committed (<see cref="PublicCacheEviction"/>),
/// so a reader never gets the state from before a change whose request has returned.
/// Pages: <c>[OutputCache(PolicyName = PublicCache.OrganizationPage)]</c> or the conventions in
/// <see cref="AddPublicCache"/>; endpoints: <c>.CacheOutput(PublicCache.Api)</c> and
/// <see cref="Tag"/> for what a response showed.
/// </summary>
public static class PublicCache
{
    /// <summary>An organisation's page under /o/{slug}/: tagged with the organisation the address names.</summary>
    public const string OrganizationPage = "public-organization-page";

    /// <summary>A programme's page /o/{slug}/programmes/{id}: tagged with the organisation and the programme.</summary>
    public const string ProgrammePage = "public-programme-page";

    /// <summary>An open-data API response: the endpoint tags it with what it read (<see cref="Tag"/>).</summary>
    public const string Api = "public-api";

    /// <summary>Every public entry carries it: evicted when a change cannot be placed in one organisation.</summary>
    public const string EverythingTag = "public";

    /// <summary>Lists across organisations (all organisations, all programmes): evicted by any change.</summary>
    public const string AcrossOrganizationsTag = "across-organizations";

    public const string ConfigurationSection = "PublicCache";

    public static string OrganizationTag(Guid organizationId) => $"org:{organizationId:N}";

    /// <summary>The organisation an <see cref="OrganizationTag"/> names, or null for any other tag.</summary>
    public static Guid? OrganizationOfTag(string tag) =>
        tag.StartsWith("org:", StringComparison.Ordinal) && Guid.TryParseExact(tag.AsSpan(4), "N", out var id) ? id : null;

    public static string ProgrammeTag(Guid programmeId) => $"programme:{programmeId:N}";

    /// <summary>Names what a response showed, so that a change of it evicts the response.</summary>
    public static void Tag(HttpContext context, params string[] tags)
    {
        if (context.Features.Get<IOutputCacheFeature>()?.Context is { } cache)
        {
            foreach (var tag in tags)
            {
                cache.Tags.Add(tag);
            }
        }
    }

    public static WebApplicationBuilder AddPublicCache(this WebApplicationBuilder builder)
    {
        var seconds = builder.Configuration.GetValue($"{ConfigurationSection}:Seconds", 600);
        builder.Services.AddSingleton<PublicCacheGate>();
        builder.Services.AddSingleton<FastLaneStore>();
        builder.Services.AddSingleton<OrganizationVersions>();
        builder.Services.AddSingleton<Tenancy.OrganizationDirectory>();
        builder.Services.AddOutputCache(options =>
        {
            options.DefaultExpirationTimeSpan = TimeSpan.FromSeconds(Math.Max(1, seconds));
            options.AddPolicy(OrganizationPage, new PublicCachePolicy(tagProgramme: false));
            options.AddPolicy(ProgrammePage, new PublicCachePolicy(tagProgramme: true));
            // The API's JSON is the same in every language.
            options.AddPolicy(Api, new PublicCachePolicy(tagProgramme: false, varyByLanguage: false));
        });
        GuardedOutputCacheStore.Decorate(builder.Services);

        // The public pages that exist today; a new public page names its policy the same way.
        builder.Services.Configure<RazorPagesOptions>(options =>
        {
            options.Conventions.AddPageApplicationModelConvention("/Programmes/Index", Cached(OrganizationPage));
            options.Conventions.AddPageApplicationModelConvention("/Programmes/Details", Cached(ProgrammePage));
            options.Conventions.AddPageApplicationModelConvention("/OpenData/Passport", Cached(OrganizationPage));
            options.Conventions.AddPageApplicationModelConvention("/Units/Details", Cached(OrganizationPage));
            // Not the measure card: its citizen form carries a per-visitor antiforgery token.
        });

        // Picked up by AddAntiCorDatabase for every context of the app.
        builder.Services.AddSingleton<IInterceptor, PublicCacheEviction>();
        return builder;
    }

    private static Action<Microsoft.AspNetCore.Mvc.ApplicationModels.PageApplicationModel> Cached(string policy) =>
        model => model.EndpointMetadata.Add(new OutputCacheAttribute { PolicyName = policy });

    /// <summary>After authentication and the tenant: the policy caches anonymous requests only and tags by organisation.</summary>
    public static WebApplication UsePublicCache(this WebApplication app)
    {
        app.UseOutputCache();
        return app;
    }
}
