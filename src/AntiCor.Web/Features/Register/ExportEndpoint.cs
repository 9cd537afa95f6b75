using AntiCor.Core.Audit;
using AntiCor.Core.Data;
using AntiCor.Core.Documents.Export;
using AntiCor.Core.Programmes;

namespace AntiCor.Web.Features.Register;

/// <summary>
/// GET /programmes/{id}/export/{docx|xlsx|csv|json}: the programme as an official annex, a
/// spreadsheet, CSV or the open-data JSON. Public, like the programme page; every export is
/// recorded in the audit trail.
/// </summary>
public static class ExportEndpoint
{
    public const string Route = "/o/{slug}/programmes/{id:guid}/export/{format}";

    public static IEndpointRouteBuilder MapProgrammeExport(this IEndpointRouteBuilder app)
    {
        app.MapGet(Route, async (Guid id, string format, AppDbContext db, CancellationToken cancellationToken) =>
        {
            if (!ProgrammeExport.TryParse(format, out var exportFormat))
            {
                return Results.NotFound();
            }

            var programme = await ProgrammeQueries.LoadForExportAsync(db, id, cancellationToken);
            if (programme is null)
            {
                return Results.NotFound();
            }

            var document = ProgrammeContractMapper.ToDocument(programme);
            var bytes = ProgrammeExport.ToBytes(document, exportFormat);
            db.RecordAudit(new AuditEvent(AuditActions.Exported, "Programme", id.ToString(), $"{{\"format\":\"{ProgrammeExport.Name(exportFormat)}\"}}"));
            await db.SaveChangesAsync(cancellationToken);
            return Results.File(bytes, ProgrammeExport.ContentType(exportFormat), ProgrammeExport.FileName(document, exportFormat));
        });
        return app;
    }
}
