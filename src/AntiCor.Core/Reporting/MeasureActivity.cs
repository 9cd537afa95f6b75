using AntiCor.Core.Domain;

namespace AntiCor.Core.Reporting;

/// <summary>
/// Whether a measure is reported on in a period: a dated term ends it after the period that holds
/// its date, a span of dates bounds it on both sides; continuous, annual, quarterly, per-plan
/// measures and terms the importer could not read are reported every period (never silently dropped).
/// </summary>
public static class MeasureActivity
{
    public static bool IsActive(Term term, DateOnly periodStarts, DateOnly periodEnds) => term.Kind switch
    {
        TermKind.Date => (term.To ?? term.From) is not { } date || periodStarts <= date,
        TermKind.Period => (term.From is not { } from || periodEnds >= from) && (term.To is not { } to || periodStarts <= to),
        TermKind.FromDate => term.From is not { } start || periodEnds >= start,
        _ => true,
    };
}
