using AntiCor.Core.Contracts;
using AntiCor.Core.Data;
using AntiCor.Core.Documents.Import;
using AntiCor.Core.Domain;
using AntiCor.Core.Programmes;
using AntiCor.Core.Programmes.Executors;
using AntiCor.Core.Tenancy;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace AntiCor.Cli.Commands;

/// <summary>
/// `anticor import FILE [--org SLUG] [--json] [--dry-run] [--sheet NAME] [--use-suggestions]`: reads an order, prints the
/// contract JSON with its warnings, and (without --dry-run) stores the programme in the organisation. Running the command
/// confirms the creation of executors not among the organisation's units (ADR-015); a name close to an existing unit is
/// warned about on stderr with its «можливо, …?», and with --use-suggestions linked to that unit instead. Unreadable
/// input: exit 2, one line on stderr, nothing stored.
/// </summary>
internal static class ImportCommand
{
    public static async Task<int> RunAsync(CliOptions options, IConfiguration configuration, TextWriter stdout, TextWriter stderr)
    {
        var path = options.File!;
        ProgrammeDocument document;
        try
        {
            document = ProgrammeImporter.Import(await ReadAsync(path), path, options.Sheet);
        }
        catch (ImportException e)
        {
            await stderr.WriteLineAsync($"{path}: {e.Message}");
            return CliApp.Unreadable;
        }

        if (!options.DryRun)
        {
            await using var services = await CliDatabase.OpenAsync(configuration);
            await using var scope = services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            var registrar = new ProgrammeRegistrar(db, TimeProvider.System);
            try
            {
                var (organization, note) = await new OrganizationRegistry(db).ChooseForImportAsync(options.Org, document.Programme.Organization);
                if (note is not null)
                {
                    await stderr.WriteLineAsync(note);
                }

                var review = await ExecutorReview.ReviewAsync(db, organization.Id, ExecutorName.Of(document));
                foreach (var unknown in review.Unknown.Where(u => u.Suggestion is not null))
                {
                    await stderr.WriteLineAsync(options.UseSuggestions
                        ? $"Попередження: виконавця «{unknown.Name}» немає серед підрозділів; зв'язано з «{unknown.SuggestedName}», назву збережено як його варіант."
                        : $"Попередження: виконавця «{unknown.Name}» немає серед підрозділів — {unknown.Suggestion} Створено новий підрозділ (--use-suggestions зв'язав би із запропонованим).");
                }

                var executors = new ExecutorDecisions([]) { CreatesUnknown = true, UsesSuggestions = options.UseSuggestions };
                var stored = await registrar.RegisterAsync(document, organization, path, new CliActor().Name, publish: options.Publish, executors: executors);
                document = document with { Programme = document.Programme with { Id = stored.Id.ToString() } };
                await stderr.WriteLineAsync(options.Publish ? $"Програму збережено й оприлюднено: {stored.Id}" : $"Програму збережено як чернетку: {stored.Id}");
            }
            catch (DomainException e)
            {
                await stderr.WriteLineAsync(e.Message);
                return CliApp.Failed;
            }
        }

        if (options.Json)
        {
            await stdout.WriteLineAsync(ContractJson.Serialize(document));
        }
        else
        {
            await stdout.WriteLineAsync(Summary(document));
        }

        return CliApp.Ok;
    }

    /// <summary>Reads the file, refusing one too large before loading it.</summary>
    internal static async Task<byte[]> ReadAsync(string path)
    {
        var info = new FileInfo(path);
        if (!info.Exists)
        {
            throw new ImportException("файл не знайдено.");
        }

        ProgrammeImporter.RefuseIfTooLarge(info.Length);

        try
        {
            return await File.ReadAllBytesAsync(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new ImportException($"файл не вдалося прочитати ({e.GetType().Name}).");
        }
    }

    private static string Summary(ProgrammeDocument d)
    {
        var measures = d.Programme.Directions.Sum(x => x.Measures.Count);
        var review = d.Programme.Directions.Sum(x => x.Measures.Count(m => m.NeedsReview));
        return $"{d.Programme.Title}: напрямів {d.Programme.Directions.Count}, заходів {measures}, потребують перевірки {review}, попереджень {d.Warnings.Count}.";
    }
}
