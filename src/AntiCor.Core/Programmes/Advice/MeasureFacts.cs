using AntiCor.Core.Domain;

namespace AntiCor.Core.Programmes.Advice;

/// <summary>What the advice reads of a measure, from a stored programme or from an import's review alike.</summary>
public sealed record MeasureFacts(
    string Text,
    TermKind TermKind,
    DateOnly? TermFrom,
    DateOnly? TermTo,
    DateOnly? ProgrammeFrom,
    DateOnly? ProgrammeTo,
    IReadOnlyList<ExecutorKind> Executors,
    bool HasIndicators,
    bool HasExpectedResult);

/// <summary>The facts of a measure as an import reads it, for the advice on the review.</summary>
public static class MeasureFactsOf
{
    public static MeasureFacts Imported(Contracts.MeasureData measure, Contracts.PeriodData programme) => new(
        measure.Text,
        Contracts.ContractNames.TermKindOf(measure.Term.Kind),
        measure.Term.From,
        measure.Term.To,
        programme.KnownFrom,
        programme.KnownTo,
        [.. measure.Executors.Select(e => Contracts.ContractNames.ExecutorKindOf(e.Kind))],
        measure.Indicators is { Count: > 0 },
        !string.IsNullOrWhiteSpace(measure.ExpectedResult));
}
