using AntiCor.Core.Data;
using AntiCor.Core.Programmes.Advice;
using Microsoft.EntityFrameworkCore;

namespace AntiCor.Web.Features.Programmes;

/// <summary>
/// The advice the coordinator sees beside each measure of a stored programme
/// (<see cref="MeasureAdvice"/>), less what was dismissed with a reason. Three queries.
/// </summary>
public static class ProgrammeAdviceQuery
{
    public static async Task<IReadOnlyList<ProgrammeDetailsQuery.DirectionRow>> WithAdviceAsync(
        AppDbContext db, ProgrammeDetailsQuery.Header programme, IReadOnlyList<ProgrammeDetailsQuery.DirectionRow> directions, CancellationToken cancellationToken)
    {
        var ids = directions.SelectMany(d => d.Measures).Select(m => m.Id).ToList();
        var withExpectedResult = (await db.Measures.AsNoTracking()
            .Where(m => ids.Contains(m.Id) && m.ExpectedResult != null && m.ExpectedResult != "")
            .Select(m => m.Id).ToListAsync(cancellationToken)).ToHashSet();
        var withIndicators = (await db.Indicators.AsNoTracking()
            .Where(i => ids.Contains(i.MeasureId))
            .Select(i => i.MeasureId).Distinct().ToListAsync(cancellationToken)).ToHashSet();
        var dismissed = (await db.MeasureAdviceDismissals.AsNoTracking()
            .Where(d => ids.Contains(d.MeasureId))
            .Select(d => new { d.MeasureId, d.Kind }).ToListAsync(cancellationToken))
            .Select(d => (d.MeasureId, d.Kind)).ToHashSet();

        return [.. directions.Select(d => d with
        {
            Measures = [.. d.Measures.Select(m => m with
            {
                Advice = [.. MeasureAdvice.For(new MeasureFacts(
                        m.Text, m.TermKind, m.TermFrom, m.TermTo, programme.PeriodFrom, programme.PeriodTo,
                        [.. m.Executors.Select(e => e.Kind)], withIndicators.Contains(m.Id), withExpectedResult.Contains(m.Id)))
                    .Where(kind => !dismissed.Contains((m.Id, kind)))],
            })],
        })];
    }
}
