using System.Security.Claims;
using AntiCor.Core.Audit;
using AntiCor.Core.Data;
using AntiCor.Core.Documents.Export;
using AntiCor.Core.Programmes;
using AntiCor.Web.Infrastructure;

namespace AntiCor.Web.Features.Register;

/// <summary>
/// GET /programmes/{id}/export/{docx|xlsx|csv|json}: the programme as an official annex, a
/// spreadsheet, CSV or the open-data JSON. Public, like the programme page, and rate-limited per
/// client address. A signed-in user's export is recorded in the audit trail; an anonymous one is
/// not: the data is public, and a hash-chained row per anonymous request would let anyone flood
/// the trail that auditors read; it is counted per day and item instead (<see cref="PublicDownloads"/>).
/// </summary>
public static class ExportEndpoint
{
    public const string Route = "/o/{slug}/programmes/{id:guid}/export/{format}";

    public static IEndpointRouteBuilder MapProgrammeExport(this IEndpointRouteBuilder app)
    {
        app.MapGet(Route, async (Guid id, string format, ClaimsPrincipal user, AppDbContext db, ProgrammeVisibility visibility, TimeProvider time, CancellationToken cancellationToken) =>
        {
            if (!ProgrammeExport.TryParse(format, out var exportFormat))
            {
                return Results.NotFound();
            }

            var programme = await visibility.CanSeeAsync(db, id, cancellationToken)
                ? await ProgrammeQueries.LoadForExportAsync(db, id, cancellationToken)
                : null;
            if (programme is null)
            {
                return Results.NotFound();
            }

            var document = visibility.ForDownload(ProgrammeContractMapper.ToDocument(programme, await ProgrammeQueries.IndicatorsAsync(db, programme, cancellationToken)));
            var bytes = ProgrammeExport.ToBytes(document, exportFormat);
            if (user.Identity?.IsAuthenticated == true)
            {
                db.RecordAudit(new AuditEvent(AuditActions.Exported, "Programme", id.ToString(), $"{{\"format\":\"{ProgrammeExport.Name(exportFormat)}\"}}"));
                await db.SaveChangesAsync(cancellationToken);
            }
            else
            {
                await PublicDownloads.CountAsync(db, time, "Programme", id.ToString(), ProgrammeExport.Name(exportFormat), cancellationToken);
            }

            return Results.File(bytes, ProgrammeExport.ContentType(exportFormat), ProgrammeExport.FileName(document, exportFormat));
        }).RequireExportRateLimit();
        return app;
    }
}
