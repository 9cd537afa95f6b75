using AntiCor.Web.Features.My;

namespace AntiCor.Web.Infrastructure;

/// <summary>The executor's workspace: where report evidence is stored.</summary>
public static class WorkspaceRegistration
{
    public static WebApplicationBuilder AddWorkspace(this WebApplicationBuilder builder)
    {
        builder.Services.AddScoped<EvidenceStore>();
        return builder;
    }
}
