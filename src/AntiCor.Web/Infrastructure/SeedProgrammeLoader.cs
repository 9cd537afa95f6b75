using AntiCor.Core.Data;
using AntiCor.Core.Documents.Import;
using AntiCor.Core.Domain;
using AntiCor.Core.Programmes;
using AntiCor.Core.Programmes.Executors;
using AntiCor.Core.Seed;
using AntiCor.Core.Tenancy;
using AntiCor.Core.Audit;
using Microsoft.EntityFrameworkCore;

namespace AntiCor.Web.Infrastructure;

/// <summary>
/// Imports the bundled sample order into a database without programmes, so that a first
/// `dotnet run` shows a real programme, in an organisation made for Kropyvnytskyi city council.
/// A database that has any programme is left alone. The sample's executors become the organisation's
/// units without asking: shipping the sample is the confirmation (ADR-015).
/// </summary>
public static partial class SeedProgrammeLoader
{
    public static async Task LoadIfEmptyAsync(IServiceProvider services, CancellationToken cancellationToken = default)
    {
        var logger = services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(SeedProgrammeLoader).FullName!);
        await using (var scope = services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            if (await db.Programmes.AnyAsync(cancellationToken))
            {
                return;
            }

            var document = ProgrammeImporter.Import(SeedProgramme.Read(), SeedProgramme.FileName);
            var registrar = new ProgrammeRegistrar(db, scope.ServiceProvider.GetRequiredService<TimeProvider>());
            try
            {
                var registry = new OrganizationRegistry(db);
                var organization = await registry.FindAsync(SeedProgramme.OrganizationSlug, cancellationToken)
                    ?? await registry.CreateAsync(new NewOrganization(SeedProgramme.OrganizationName, null, SeedProgramme.OrganizationSlug), cancellationToken);
                var programme = await registrar.RegisterAsync(document, organization, SeedProgramme.FileName, SystemActor.Instance.Name, cancellationToken, publish: true, executors: ExecutorDecisions.CreateUnknown);
                LogSeeded(logger, SeedProgramme.FileName, programme.Id, document.Warnings.Count);
                return;
            }
            catch (Exception ex) when (ex is DomainException or DbUpdateException)
            {
                // Another node starting at the same moment may have stored it first; checked below
                // with a fresh context, since this one still tracks the refused entities.
                LogSeedRaced(logger, ex.Message);
            }
        }

        await using var check = services.CreateAsyncScope();
        if (!await check.ServiceProvider.GetRequiredService<AppDbContext>().Programmes.AnyAsync(cancellationToken))
        {
            throw new InvalidOperationException("Не вдалося завантажити зразкову програму в порожню базу даних.");
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Empty database: imported the bundled programme {FileName} as {ProgrammeId} with {WarningCount} import warnings")]
    private static partial void LogSeeded(ILogger logger, string fileName, Guid programmeId, int warningCount);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The bundled programme was not stored: {Reason}")]
    private static partial void LogSeedRaced(ILogger logger, string reason);
}
