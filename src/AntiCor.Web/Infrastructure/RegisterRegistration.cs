using AntiCor.Core.Programmes;
using AntiCor.Web.Features.Register;

namespace AntiCor.Web.Infrastructure;

/// <summary>The coordinator's register: import with review, editing under amending acts, editions, exports.</summary>
public static class RegisterRegistration
{
    public static WebApplicationBuilder AddRegister(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton<ImportDraft>();
        builder.Services.AddSingleton<ImportSlots>();
        builder.Services.AddScoped<ProgrammeEditor>();
        return builder;
    }
}
