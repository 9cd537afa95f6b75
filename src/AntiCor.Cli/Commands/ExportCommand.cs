using AntiCor.Core.Audit;
using AntiCor.Core.Contracts;
using AntiCor.Core.Data;
using AntiCor.Core.Documents.Export;
using AntiCor.Core.Documents.Import;
using AntiCor.Core.Domain;
using AntiCor.Core.Programmes;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace AntiCor.Cli.Commands;

/// <summary>
/// `anticor export PROGRAMME --format docx|xlsx|csv|json [-o FILE]`: writes a stored programme
/// (PROGRAMME is its id) or a document read without storing it (PROGRAMME is its path) in the
/// chosen format. Without -o the file is named after the act ("programme-2019-98.docx"). Unknown
/// programme: exit 1; unreadable document: exit 2, as for import.
/// </summary>
internal static class ExportCommand
{
    public static async Task<int> RunAsync(CliOptions options, IConfiguration configuration, TextWriter stdout, TextWriter stderr)
    {
        var source = options.File!;
        var format = options.Format!.Value;
        ProgrammeDocument? document;
        if (!File.Exists(source) && Guid.TryParse(source, out var id))
        {
            document = await LoadAsync(configuration, id);
            if (document is null)
            {
                await stderr.WriteLineAsync($"Програму з ідентифікатором {id} не знайдено в базі даних.");
                return CliApp.Failed;
            }
        }
        else if (File.Exists(source))
        {
            try
            {
                document = ProgrammeImporter.Import(await ImportCommand.ReadAsync(source), source);
            }
            catch (ImportException e)
            {
                await stderr.WriteLineAsync($"{source}: {e.Message}");
                return CliApp.Unreadable;
            }
        }
        else
        {
            await stderr.WriteLineAsync($"{source}: це не ідентифікатор збереженої програми і не наявний файл документа.");
            return CliApp.Failed;
        }

        var output = options.Output ?? ProgrammeExport.FileName(document, format);
        try
        {
            // Written whole or not at all: a failed export leaves no truncated file behind.
            await File.WriteAllBytesAsync(output, ProgrammeExport.ToBytes(document, format));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            await stderr.WriteLineAsync($"{output}: файл не вдалося записати ({e.Message}).");
            return CliApp.Failed;
        }

        await stdout.WriteLineAsync($"Програму вивантажено у файл {output} ({ProgrammeExport.Name(format)}).");
        return CliApp.Ok;
    }

    private static async Task<ProgrammeDocument?> LoadAsync(IConfiguration configuration, Guid id)
    {
        await using var services = await CliDatabase.OpenAsync(configuration);
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var programme = await ProgrammeQueries.LoadForExportAsync(db, id);
        if (programme is null)
        {
            return null;
        }

        db.RecordAudit(new AuditEvent(AuditActions.Exported, nameof(Programme), id.ToString(), "{\"via\":\"cli\"}"));
        await db.SaveChangesAsync();
        return ProgrammeContractMapper.ToDocument(programme, await ProgrammeQueries.IndicatorsAsync(db, programme));
    }
}
