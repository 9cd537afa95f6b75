using AntiCor.Web.Features.My;
using AntiCor.Web.Features.Registers;

namespace AntiCor.Web.Infrastructure;

/// <summary>The executor's workspace: where report evidence is stored, and who sees which register entries.</summary>
public static class WorkspaceRegistration
{
    public static WebApplicationBuilder AddWorkspace(this WebApplicationBuilder builder)
    {
        builder.Services.AddScoped<EvidenceStore>();
        builder.Services.AddScoped<Features.Registers.RegisterAccess>();
        builder.Services.AddRegisterImporters();
        return builder;
    }
}
