using AntiCor.Core.Contracts;
using AntiCor.Core.Documents.Import;
using AntiCor.Core.Domain;

namespace AntiCor.Core.Programmes.Executors;

/// <summary>One executor a save names, once: its name, its kind, and the other spellings the document used for it.</summary>
public sealed record ExecutorName(string Name, ExecutorKind Kind, IReadOnlyList<string> Aliases)
{
    public IEnumerable<string> Spellings => Aliases.Prepend(Name);

    /// <summary>
    /// Every executor a document names: its catalogue of units first (with their spellings), then
    /// any name a reviewer's correction brought that the catalogue lacks, and the coordinator.
    /// </summary>
    public static IReadOnlyList<ExecutorName> Of(ProgrammeDocument document)
    {
        var names = new List<ExecutorName>();
        var keys = new HashSet<string>();
        void Add(string name, ExecutorKind kind, IReadOnlyList<string> aliases)
        {
            if (string.IsNullOrWhiteSpace(name) || !keys.Add(UnitNameKey.For(name)))
            {
                return;
            }

            foreach (var alias in aliases)
            {
                keys.Add(UnitNameKey.For(alias));
            }

            names.Add(new ExecutorName(name, kind, aliases));
        }

        foreach (var unit in document.OrgUnits)
        {
            Add(unit.Name, ContractNames.ExecutorKindOf(unit.Kind), unit.Aliases);
        }

        foreach (var executor in document.Programme.Directions.SelectMany(d => d.Measures).SelectMany(m => m.Executors))
        {
            Add(executor.Name, ContractNames.ExecutorKindOf(executor.Kind), []);
        }

        if (document.Programme.Coordinator is { } coordinator)
        {
            Add(coordinator, ExecutorKind.Unit, []);
        }

        return names;
    }

    /// <summary>The executors of one measure as a person typed them, read by the importer's rules.</summary>
    public static IReadOnlyList<ExecutorName> Of(IEnumerable<ParsedExecutor> executors) => executors
        .DistinctBy(e => UnitNameKey.For(e.Name))
        .Select(e => new ExecutorName(e.Name, e.Kind, []))
        .ToList();
}
