using AntiCor.Core.Data;
using AntiCor.Core.Reporting;
using Microsoft.EntityFrameworkCore;

namespace AntiCor.Web.Features.Review;

/// <summary>A programme's period by its key as the address writes it ("2020Q1"); null when there is none (or it is another organisation's).</summary>
public static class PeriodLookup
{
    public static Task<ReportingPeriod?> FindAsync(AppDbContext db, Guid programmeId, string key, CancellationToken cancellationToken)
    {
        var normalized = PeriodKey.TryParse(key, out var parsed) ? parsed.ToString() : "";
        return db.ReportingPeriods.SingleOrDefaultAsync(p => p.ProgrammeId == programmeId && p.Key == normalized, cancellationToken);
    }
}
