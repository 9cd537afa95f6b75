using AntiCor.Core.Data;

namespace AntiCor.Web.Infrastructure;

/// <summary>Brings the store up to date before the app takes requests.</summary>
public static class DatabasePreparation
{
    /// <summary>Migrates, then (unless demo mode refuses this database: false) loads the sample programme into an empty one.</summary>
    public static async Task<bool> PrepareDatabaseAsync(this WebApplication app, CancellationToken cancellationToken = default)
    {
        await DatabaseSetup.MigrateAsync(app.Services, cancellationToken);
        if (!await app.AllowsStartAsync(cancellationToken))
        {
            return false;
        }

        await SeedProgrammeLoader.LoadIfEmptyAsync(app.Services, cancellationToken);
        return true;
    }
}
