using AntiCor.Core.Audit.Keys;
using AntiCor.Core.Data;

namespace AntiCor.Web.Infrastructure;

/// <summary>Registers the domain's services: the clock and the database chosen by configuration.</summary>
public static class CoreRegistration
{
    public static WebApplicationBuilder AddCore(this WebApplicationBuilder builder)
    {
        var dataFolder = DataFolder.Resolve(builder.Configuration, builder.Environment.ContentRootPath);
        builder.Services.AddSingleton(TimeProvider.System);

        // Loaded (and created at first start) now: the keys live in the data folder, never in the database.
        builder.Services.AddSingleton(AuditKeys.Load(builder.Configuration, dataFolder));
        builder.Services.AddSingleton(new AuditWitness(dataFolder));
        builder.Services.AddAntiCorDatabase(DatabaseSetup.ReadOptions(builder.Configuration, dataFolder));
        return builder;
    }
}
