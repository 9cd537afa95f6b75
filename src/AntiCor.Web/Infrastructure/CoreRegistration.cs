using AntiCor.Core.Data;

namespace AntiCor.Web.Infrastructure;

/// <summary>Registers the domain's services: the clock and the database chosen by configuration.</summary>
public static class CoreRegistration
{
    public static WebApplicationBuilder AddCore(this WebApplicationBuilder builder)
    {
        var dataFolder = DataFolder.Resolve(builder.Configuration, builder.Environment.ContentRootPath);
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddAntiCorDatabase(DatabaseSetup.ReadOptions(builder.Configuration, dataFolder));
        return builder;
    }
}
