using AntiCor.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace AntiCor.Web.Features.Programmes;

/// <summary>Every programme with the counts the list shows, newest act first.</summary>
public static class ProgrammeListQuery
{
    public sealed record Row(
        Guid Id,
        string Title,
        string? ActKind,
        string? ActNumber,
        DateOnly? ActDate,
        DateOnly PeriodFrom,
        DateOnly PeriodTo,
        int MeasureCount,
        int NeedsReviewCount);

    public static async Task<IReadOnlyList<Row>> RunAsync(AppDbContext db, CancellationToken cancellationToken) =>
        await db.Programmes.AsNoTracking()
            .OrderByDescending(p => p.LegalBasis.Date).ThenBy(p => p.Title)
            .Select(p => new Row(
                p.Id,
                p.Title,
                p.LegalBasis.Kind,
                p.LegalBasis.Number,
                p.LegalBasis.Date,
                p.PeriodFrom,
                p.PeriodTo,
                p.Directions.SelectMany(d => d.Measures).Count(),
                p.Directions.SelectMany(d => d.Measures).Count(m => m.NeedsReview)))
            .ToListAsync(cancellationToken);
}
