using AntiCor.Core.Contracts;
using AntiCor.Core.Domain;

namespace AntiCor.Core.Programmes;

/// <summary>A stored measure that an update from a corrected document would take away.</summary>
public sealed record RemovedMeasure(Guid Id, string Number, string Text);

/// <summary>
/// How a corrected reading of the same act maps onto the stored programme, so that measures keep
/// their identity: first a measure with the same number and text, then one with the same text
/// (moved or renumbered), then one with the same number (its text corrected). What is left of the
/// stored measures would be removed; what is left of the document's is new.
/// </summary>
public sealed class ProgrammeUpdatePlan
{
    private ProgrammeUpdatePlan(Dictionary<MeasureData, Measure> kept, List<Measure> removed)
    {
        Kept = kept;
        Removed = removed;
    }

    public IReadOnlyDictionary<MeasureData, Measure> Kept { get; }

    public IReadOnlyList<Measure> Removed { get; }

    public IReadOnlyList<RemovedMeasure> RemovedMeasures => [.. Removed.Select(m => new RemovedMeasure(m.Id, m.Number, m.Text))];

    public static ProgrammeUpdatePlan For(Programme programme, ProgrammeDocument document)
    {
        var stored = programme.Directions.SelectMany(d => d.Measures).ToList();
        var incoming = document.Programme.Directions.SelectMany(d => d.Measures).ToList();
        var kept = new Dictionary<MeasureData, Measure>(ReferenceEqualityComparer.Instance);
        var free = new List<Measure>(stored);

        Match(incoming, free, kept, (data, m) => m.Number == data.Number && Same(m.Text, data.Text));
        Match(incoming, free, kept, (data, m) => Same(m.Text, data.Text));
        Match(incoming, free, kept, (data, m) => m.Number == data.Number);
        return new ProgrammeUpdatePlan(kept, free);
    }

    private static void Match(List<MeasureData> incoming, List<Measure> free, Dictionary<MeasureData, Measure> kept, Func<MeasureData, Measure, bool> same)
    {
        foreach (var data in incoming.Where(d => !kept.ContainsKey(d)))
        {
            var match = free.FirstOrDefault(m => same(data, m));
            if (match is not null)
            {
                kept[data] = match;
                free.Remove(match);
            }
        }
    }

    private static bool Same(string a, string b) => Normalized(a) == Normalized(b);

    private static string Normalized(string text) =>
        string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).ToLowerInvariant();
}
