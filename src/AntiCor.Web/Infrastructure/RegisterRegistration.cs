using AntiCor.Core.Programmes;
using AntiCor.Web.Features.Register;
using Microsoft.AspNetCore.DataProtection;

namespace AntiCor.Web.Infrastructure;

/// <summary>The coordinator's register: import with review, editing under amending acts, editions, exports.</summary>
public static class RegisterRegistration
{
    public static WebApplicationBuilder AddRegister(this WebApplicationBuilder builder)
    {
        // Keys in the data folder survive restarts, so a review form or a sign-in cookie outlives them.
        var keys = Path.Combine(DataFolder.Resolve(builder.Configuration, builder.Environment.ContentRootPath), "keys");
        builder.Services.AddDataProtection().SetApplicationName("AntiCor").PersistKeysToFileSystem(new DirectoryInfo(keys));
        builder.Services.AddSingleton<ImportDraft>();
        builder.Services.AddSingleton<ImportSlots>();
        builder.Services.AddScoped<ProgrammeEditor>();
        return builder;
    }
}
