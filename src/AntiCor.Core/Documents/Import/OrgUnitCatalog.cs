using AntiCor.Core.Contracts;
using AntiCor.Core.Domain;

namespace AntiCor.Core.Documents.Import;

/// <summary>
/// Every executor a document names, once: spellings that differ only harmlessly (case, "і"/"та",
/// apostrophes) are one unit; its name is the spelling the document uses most, the others its aliases.
/// </summary>
internal sealed class OrgUnitCatalog
{
    private readonly Dictionary<string, Entry> _byKey = [];
    private readonly List<Entry> _inOrder = [];

    /// <param name="spelling">The name as one cell writes it.</param>
    /// <param name="kind">Its kind as the contract spells it (<see cref="ExecutorKinds"/>).</param>
    public void Add(string spelling, string kind)
    {
        var key = UnitNameKey.For(spelling);
        if (!_byKey.TryGetValue(key, out var entry))
        {
            entry = new Entry(kind);
            _byKey[key] = entry;
            _inOrder.Add(entry);
        }

        var name = ExecutorParser.Capitalize(spelling.Trim());
        entry.Spellings[name] = entry.Spellings.GetValueOrDefault(name) + 1;
    }

    /// <summary>Records a spelling only where it names a unit already known (e.g. in a signature).</summary>
    public void AddAliasIfKnown(string spelling)
    {
        if (_byKey.ContainsKey(UnitNameKey.For(spelling)))
        {
            Add(spelling, ExecutorKinds.Unit);
        }
    }

    public string CanonicalName(string spelling) =>
        _byKey.TryGetValue(UnitNameKey.For(spelling), out var e) ? e.Name : ExecutorParser.Capitalize(spelling.Trim());

    public IReadOnlyList<OrgUnitData> ToContract() => _inOrder
        .Select(e => new OrgUnitData(
            e.Name,
            e.Kind,
            e.Spellings.Keys.Where(s => !string.Equals(s, e.Name, StringComparison.OrdinalIgnoreCase))
                .Distinct(StringComparer.OrdinalIgnoreCase).ToList()))
        .ToList();

    private sealed class Entry(string kind)
    {
        public string Kind { get; } = kind;

        // Spelling → times seen; insertion order breaks ties, so the first spelling wins them.
        public Dictionary<string, int> Spellings { get; } = [];

        public string Name => Spellings.OrderByDescending(s => s.Value).First().Key;
    }
}
