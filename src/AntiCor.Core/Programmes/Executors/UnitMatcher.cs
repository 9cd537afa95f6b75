using AntiCor.Core.Domain;

namespace AntiCor.Core.Programmes.Executors;

/// <summary>An organisation's unit that a name matches, and the spelling (its name or an alias) that matched.</summary>
public sealed record UnitMatch(OrgUnit Unit, string Spelling, double Score);

/// <summary>
/// Finds an executor name among an organisation's units: exactly (its <see cref="UnitNameKey"/> is
/// the unit's or one of its aliases'), or else the closest unit by <see cref="LooseName"/>, offered
/// as a suggestion only. A position is matched only with positions and a unit, group or outside
/// party only with those: «Начальник відділу освіти» is a person, not «Відділ освіти».
/// </summary>
public sealed class UnitMatcher(IEnumerable<OrgUnit> units)
{
    private readonly List<OrgUnit> _units = units.ToList();

    public IReadOnlyList<OrgUnit> Units => _units;

    public void Add(OrgUnit unit) => _units.Add(unit);

    /// <summary>The unit known by exactly this name or alias, if any.</summary>
    public OrgUnit? Exact(string name)
    {
        var key = UnitNameKey.For(name);
        return _units.FirstOrDefault(u => u.IsKnownAs(key));
    }

    /// <summary>
    /// The unit whose name or alias comes closest to <paramref name="name"/> at or above
    /// <see cref="LooseName.Threshold"/>; ties go to the unit first in name order, so the answer is stable.
    /// </summary>
    public UnitMatch? Closest(string name, ExecutorKind kind)
    {
        var words = LooseName.Words(name);
        UnitMatch? best = null;
        foreach (var unit in _units.Where(u => SameFamily(u.Kind, kind)).OrderBy(u => u.Name, StringComparer.Ordinal))
        {
            foreach (var spelling in Spellings(unit))
            {
                var score = LooseName.Similarity(words, LooseName.Words(spelling));
                if (score >= LooseName.Threshold && (best is null || score > best.Score))
                {
                    best = new UnitMatch(unit, spelling, score);
                }
            }
        }

        return best;
    }

    private static IEnumerable<string> Spellings(OrgUnit unit) => unit.Aliases.Select(a => a.Text).Prepend(unit.Name);

    private static bool SameFamily(ExecutorKind a, ExecutorKind b) => (a == ExecutorKind.Position) == (b == ExecutorKind.Position);
}
