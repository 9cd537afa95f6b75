using AntiCor.Core.Contracts;
using AntiCor.Core.Data;
using AntiCor.Core.Domain;
using AntiCor.Core.Reporting;
using Microsoft.EntityFrameworkCore;

namespace AntiCor.Core.Programmes;

/// <summary>
/// Writes what a risk-based programme adds to a measure — the risk it answers, its expected result,
/// resources, indicators and monitoring — from the contract into storage. Risks of equal
/// description are one record answered by several measures; a newer reading replaces the
/// document's indicators and risks and leaves the coordinator's own indicators alone.
/// </summary>
internal sealed class MeasureDetails
{
    private readonly AppDbContext _db;
    private readonly Programme _programme;
    private readonly List<CorruptionRisk> _unused;
    private readonly Dictionary<RiskDescription, CorruptionRisk> _risks = [];
    private readonly ILookup<Guid, Indicator> _indicators;
    private readonly HashSet<Guid> _reported;

    private MeasureDetails(AppDbContext db, Programme programme, List<CorruptionRisk> risks, ILookup<Guid, Indicator> indicators, HashSet<Guid> reported)
    {
        _db = db;
        _programme = programme;
        _unused = risks;
        _indicators = indicators;
        _reported = reported;
    }

    public static async Task<MeasureDetails> LoadAsync(AppDbContext db, Programme programme, CancellationToken cancellationToken)
    {
        var risks = await db.CorruptionRisks.Where(r => r.ProgrammeId == programme.Id).ToListAsync(cancellationToken);
        var measureIds = programme.Directions.SelectMany(d => d.Measures).Select(m => m.Id).ToList();
        var indicators = measureIds.Count == 0
            ? []
            : await db.Indicators.Where(i => measureIds.Contains(i.MeasureId) && i.FromDocument).ToListAsync(cancellationToken);
        var indicatorIds = indicators.Select(i => i.Id).ToList();
        var reported = indicatorIds.Count == 0
            ? []
            : await db.Set<IndicatorValue>().Where(v => indicatorIds.Contains(v.IndicatorId)).Select(v => v.IndicatorId).Distinct().ToListAsync(cancellationToken);
        return new MeasureDetails(db, programme, risks, indicators.ToLookup(i => i.MeasureId), [.. reported]);
    }

    public void Write(Measure measure, MeasureData m)
    {
        measure.SetRisk(m.Risk is { } risk ? RiskFor(risk) : null);
        measure.Describe(
            m.ExpectedResult,
            m.Resources,
            m.Monitoring is { } note ? new MonitoringNote(note.ActualDate, note.Status, note.StatusNormalized, note.Result) : null);
        WriteIndicators(measure, m.Indicators ?? []);
    }

    /// <summary>Risks of the older reading that no measure answers any more are removed.</summary>
    public void RemoveUnused()
    {
        foreach (var risk in _unused)
        {
            _db.CorruptionRisks.Remove(risk);
        }
    }

    private CorruptionRisk RiskFor(RiskData data)
    {
        var description = new RiskDescription(
            data.Process, data.Description, data.Sources, data.Controls, data.Likelihood, data.Consequence, data.Level, data.LevelNormalized);
        if (_risks.TryGetValue(description, out var known))
        {
            return known;
        }

        var position = _risks.Count + 1;
        var risk = _unused.FirstOrDefault(r => r.Described == description);
        if (risk is null)
        {
            risk = new CorruptionRisk(_programme, description, position);
            _db.CorruptionRisks.Add(risk);
        }
        else
        {
            _unused.Remove(risk);
            risk.MoveTo(position);
        }

        _risks[description] = risk;
        return risk;
    }

    private void WriteIndicators(Measure measure, IReadOnlyList<IndicatorData> written)
    {
        var old = _indicators[measure.Id].OrderBy(i => i.Position).ToList();
        var position = 0;
        foreach (var data in written)
        {
            position++;
            var same = old.FirstOrDefault(i => i.Name == data.Name) ?? old.FirstOrDefault(i => !_reported.Contains(i.Id));
            if (same is null)
            {
                _db.Indicators.Add(Indicator.Written(measure, data.Name, data.Unit, data.Target, position));
                continue;
            }

            old.Remove(same);
            same.Rewrite(data.Name, data.Unit, data.Target);
        }

        // An indicator already reported on stays, so no executor's value is lost.
        foreach (var gone in old.Where(i => !_reported.Contains(i.Id)))
        {
            _db.Indicators.Remove(gone);
        }
    }
}
