using AntiCor.Core.Data;

namespace AntiCor.Web.Infrastructure;

/// <summary>Brings the store up to date before the app takes requests.</summary>
public static class DatabasePreparation
{
    public static async Task PrepareDatabaseAsync(this WebApplication app, CancellationToken cancellationToken = default)
    {
        await DatabaseSetup.MigrateAsync(app.Services, cancellationToken);
        await SeedProgrammeLoader.LoadIfEmptyAsync(app.Services, cancellationToken);
    }
}
