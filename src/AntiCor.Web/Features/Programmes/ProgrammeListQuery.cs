using AntiCor.Core.Domain;
using Microsoft.EntityFrameworkCore;

namespace AntiCor.Web.Features.Programmes;

/// <summary>Every programme the request may see (<see cref="Infrastructure.ProgrammeVisibility"/>) with the counts the list shows, newest act first.</summary>
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
        int NeedsReviewCount)
    {
        public bool IsPublished { get; init; }
    }

    public static async Task<IReadOnlyList<Row>> RunAsync(IQueryable<Programme> programmes, CancellationToken cancellationToken) =>
        await programmes.AsNoTracking()
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
                p.Directions.SelectMany(d => d.Measures).Count(m => m.NeedsReview))
            { IsPublished = p.PublishedAtUtc != null })
            .ToListAsync(cancellationToken);
}
