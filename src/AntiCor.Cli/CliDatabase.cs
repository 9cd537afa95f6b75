using AntiCor.Core.Audit;
using AntiCor.Core.Audit.Keys;
using AntiCor.Core.Data;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace AntiCor.Cli;

/// <summary>The database the CLI works on, chosen by the same configuration keys as the web app.</summary>
internal static class CliDatabase
{
    // migrate: false for `archive` and `backup`, which never change the schema of what they read, and bring an empty target to the archive's migration themselves.
    public static async Task<ServiceProvider> OpenAsync(IConfiguration configuration, Action<IServiceCollection>? more = null, bool migrate = true)
    {
        var folder = configuration["Data:Folder"] ?? Path.Combine(Environment.CurrentDirectory, "App_Data");
        var collection = new ServiceCollection()
            .AddSingleton(TimeProvider.System)
            .AddSingleton<IAuditActor>(new CliActor())
            .AddSingleton(AuditKeys.Load(configuration, folder))
            .AddSingleton(new AuditWitness(folder))
            .AddAntiCorDatabase(DatabaseSetup.ReadOptions(configuration, folder));
        more?.Invoke(collection);
        var services = collection.BuildServiceProvider();
        if (migrate)
        {
            await DatabaseSetup.MigrateAsync(services);
        }

        return services;
    }
}
