using AntiCor.Core.Domain;

namespace AntiCor.Core.Programmes.Executors;

/// <summary>
/// The coordinator's word on one executor name that is not among the organisation's units: the
/// existing unit it means (<paramref name="UnitId"/>), or null for a new unit of that name; with
/// <paramref name="SaveAsAlias"/> the name becomes an alias of the chosen unit, so that the next
/// document spelling it so matches exactly.
/// </summary>
public sealed record ExecutorChoice(string Name, Guid? UnitId, bool SaveAsAlias = false);

/// <summary>
/// How a save settles executor names that are not among the organisation's units (ADR-015). By
/// default nothing is created: such a name needs a choice, or the save is refused. The bundled
/// sample and the command line confirm creation explicitly (<see cref="CreateUnknown"/>), since
/// the operator who runs them has asked for exactly that document.
/// </summary>
public sealed class ExecutorDecisions
{
    private readonly Dictionary<string, ExecutorChoice> _byKey = [];

    public ExecutorDecisions(IEnumerable<ExecutorChoice> choices)
    {
        foreach (var choice in choices)
        {
            _byKey[UnitNameKey.For(choice.Name)] = choice;
        }
    }

    /// <summary>No choices: every name not among the units must be known, or the save is refused.</summary>
    public static ExecutorDecisions None => new([]);

    /// <summary>Creation confirmed for every name without a choice (the seed, `anticor import`).</summary>
    public static ExecutorDecisions CreateUnknown => new([]) { CreatesUnknown = true };

    /// <summary>A name without a choice becomes a new unit.</summary>
    public bool CreatesUnknown { get; init; }

    /// <summary>
    /// A name without a choice that has a suggestion is linked to the suggested unit and kept as its
    /// alias, before <see cref="CreatesUnknown"/> is considered (`anticor import --use-suggestions`).
    /// </summary>
    public bool UsesSuggestions { get; init; }

    public ExecutorChoice? For(string name) => _byKey.GetValueOrDefault(UnitNameKey.For(name));
}
