namespace AntiCor.Web.Infrastructure;

/// <summary>The public portal's services: what the public may see of programmes, and the search.</summary>
public static class PortalRegistration
{
    public static WebApplicationBuilder AddPortal(this WebApplicationBuilder builder)
    {
        builder.Services.AddHttpContextAccessor();
        builder.Services.AddScoped<ProgrammeVisibility>();
        builder.Services.AddScoped<Features.Portal.PortalSearch>();
        builder.Services.AddSingleton<Features.Organizations.ProgressFigures>();
        return builder;
    }
}
