using AntiCor.Core.Audit;
using AntiCor.Core.Data;
using AntiCor.Core.Documents.Export;
using AntiCor.Core.Domain;
using AntiCor.Core.Reporting;
using AntiCor.Core.Reporting.Consolidation;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace AntiCor.Cli.Commands;

/// <summary>
/// `anticor report PROGRAMME --period 2020Q1|2020H1|2020 --format docx|xlsx [-o FILE] [--org SLUG]`:
/// the consolidated report of a stored programme (PROGRAMME is its id). A period that cannot be
/// read, or that the programme has no reporting periods in, is a usage error (exit 2) and nothing
/// is written; an unknown programme, or one of another organisation than --org, exits 1.
/// </summary>
internal static class ReportCommand
{
    public static async Task<int> RunAsync(CliOptions options, IConfiguration configuration, TextWriter stdout, TextWriter stderr)
    {
        if (!PeriodKey.TryParse(options.Period, out var period))
        {
            await stderr.WriteLineAsync($"Період «{options.Period}» не розпізнано: вкажіть, наприклад, 2020Q1 (квартал 1–4), 2020H1 (півріччя 1–2) або 2020 (рік). Файл не записано.");
            return CliApp.Unreadable;
        }

        if (!Guid.TryParse(options.File, out var programmeId))
        {
            await stderr.WriteLineAsync($"{options.File}: це не ідентифікатор програми.");
            return CliApp.Failed;
        }

        await using var services = await CliDatabase.OpenAsync(configuration);
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var organization = await db.Programmes.Where(p => p.Id == programmeId).Select(p => p.Organization.Slug).SingleOrDefaultAsync();
        if (organization is null || (options.Org is { } slug && !string.Equals(slug, organization, StringComparison.OrdinalIgnoreCase)))
        {
            await stderr.WriteLineAsync(options.Org is null
                ? $"Програму з ідентифікатором {programmeId} не знайдено в базі даних."
                : $"Програму з ідентифікатором {programmeId} не знайдено в організації «{options.Org}».");
            return CliApp.Failed;
        }

        ConsolidatedReport report;
        try
        {
            report = (await new ConsolidationQuery(db, scope.ServiceProvider.GetRequiredService<TimeProvider>()).BuildAsync(programmeId, period))!;
        }
        catch (DomainException e)
        {
            await stderr.WriteLineAsync(e.Message + " Файл не записано.");
            return CliApp.Unreadable;
        }

        var format = options.Format!.Value;
        var bytes = ConsolidatedFile.Write(report, format);
        var output = options.Output ?? ConsolidatedFile.Name(period, format);
        try
        {
            // Written whole or not at all: a failed write leaves no truncated file behind.
            await File.WriteAllBytesAsync(output, bytes);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            await stderr.WriteLineAsync($"{output}: файл не вдалося записати ({e.Message}).");
            return CliApp.Failed;
        }

        db.RecordAudit(new AuditEvent(AuditActions.Exported, "Programme", programmeId.ToString(), $"{{\"report\":\"{period}\",\"format\":\"{ProgrammeExport.Name(format)}\",\"via\":\"cli\"}}"));
        await db.SaveChangesAsync();
        await stdout.WriteLineAsync($"Зведений звіт за {period.Label} записано у файл {output}.");
        return CliApp.Ok;
    }
}
