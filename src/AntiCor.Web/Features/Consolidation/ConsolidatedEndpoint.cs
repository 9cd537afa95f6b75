using AntiCor.Core.Audit;
using AntiCor.Core.Audit.Keys;
using AntiCor.Core.Data;
using AntiCor.Core.Documents.Export;
using AntiCor.Core.Domain;
using AntiCor.Core.Reporting;
using AntiCor.Core.Reporting.Consolidation;
using AntiCor.Web.Infrastructure;
using AntiCor.Web.Jobs;

namespace AntiCor.Web.Features.Consolidation;

/// <summary>
/// GET /programmes/{id}/reports/{period}.{docx|xlsx}: the consolidated report for the mayor, for a
/// quarter or cumulatively for a half-year (2020H1) or a year (2020). Coordinator and head only;
/// every download is recorded in the audit trail as an export and publishes an audit checkpoint. Another organisation's programme
/// is not found.
/// </summary>
public static class ConsolidatedEndpoint
{
    public const string Route = "/programmes/{id:guid}/reports/{period}.{format}";

    public static string Path(Guid programmeId, string period, ExportFormat format) => $"/programmes/{programmeId}/reports/{period}{ProgrammeExport.Extension(format)}";

    public static IEndpointRouteBuilder MapConsolidatedReports(this IEndpointRouteBuilder app)
    {
        // POST answers as GET does (nothing changes but the audit trail): a refused role is then refused
        // by authorization for every method, as on the pages, instead of by a 405 before any check.
        app.MapMethods(Route, [HttpMethods.Get, HttpMethods.Post], async (Guid id, string period, string format, AppDbContext db, TimeProvider time, AuditKeys keys, AuditWitness witness, HttpContext http, CancellationToken cancellationToken) =>
        {
            if (!ProgrammeExport.TryParse(format, out var exportFormat) || exportFormat is not (ExportFormat.Docx or ExportFormat.Xlsx)
                || !PeriodKey.TryParse(period, out var key))
            {
                return Results.NotFound();
            }

            ConsolidatedReport? report;
            try
            {
                report = await new ConsolidationQuery(db, time).BuildAsync(id, key, cancellationToken);
            }
            catch (DomainException)
            {
                return Results.NotFound();
            }

            if (report is null)
            {
                return Results.NotFound();
            }

            var bytes = ConsolidatedFile.Write(report, exportFormat);
            db.RecordAudit(new AuditEvent(AuditActions.Exported, "Programme", id.ToString(), $"{{\"report\":\"{key}\",\"format\":\"{ProgrammeExport.Name(exportFormat)}\"}}"));
            await db.SaveChangesAsync(cancellationToken);

            // A report for the mayor fixes what the trail held when it was made: its checkpoint is
            // published and witnessed now, so a later rewrite of those rows cannot go unnoticed.
            var checkpoints = await CheckpointPublisher.PublishAsync(db, time, keys, witness, cancellationToken);
            await WitnessMail.QueueAsync(http.RequestServices, checkpoints, cancellationToken);
            return Results.File(bytes, ProgrammeExport.ContentType(exportFormat), ConsolidatedFile.Name(key, exportFormat));
        }).RequireAuthorization(Policies.ReportingOverview).RequireExportRateLimit();
        return app;
    }
}
