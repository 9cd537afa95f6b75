using AntiCor.Core.Audit;
using AntiCor.Core.Data;
using AntiCor.Web.Features.OpenData;
using Microsoft.AspNetCore.Mvc;

namespace AntiCor.Web.Features.Registers;

/// <summary>
/// A register list as CSV (UTF-8 with BOM, formula-looking cells escaped) or XLSX, with the same
/// filters and masking as the page; every export is in the audit trail.
/// </summary>
public static class RegisterExport
{
    public const string Xlsx = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public static async Task<IActionResult?> FileAsync<T>(AppDbContext db, string? format, string name,
        IReadOnlyList<OpenDataColumn<T>> columns, IReadOnlyList<T> rows, CancellationToken cancellationToken)
    {
        if (format is not ("csv" or "xlsx"))
        {
            return null;
        }

        // A sheet name holds at most 31 characters: the register's short Latin name fits, its Ukrainian title does not.
        var table = new OpenDataTable<T>(name, name, columns);
        db.RecordAudit(new AuditEvent(AuditActions.Exported, "Register", name, $"{{\"format\":\"{format}\",\"rows\":{rows.Count}}}"));
        await db.SaveChangesAsync(cancellationToken);
        return format == "csv"
            ? new FileContentResult(table.Csv(rows), "text/csv; charset=utf-8") { FileDownloadName = name + ".csv" }
            : new FileContentResult(table.Xlsx(rows), Xlsx) { FileDownloadName = name + ".xlsx" };
    }
}
