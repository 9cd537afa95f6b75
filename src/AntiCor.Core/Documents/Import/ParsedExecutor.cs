using AntiCor.Core.Contracts;
using AntiCor.Core.Domain;

namespace AntiCor.Core.Documents.Import;

/// <summary>One executor read from a cell: its name (cleaned, not yet canonical) and the words as written.</summary>
public sealed record ParsedExecutor(string Name, string Raw, ExecutorKind Kind, bool ConsentRequired)
{
    /// <summary>A person by office ("староста"); <see cref="Kind"/> is then Position.</summary>
    public bool IsPosition { get; init; }

    /// <summary>The kind as the contract spells it (<see cref="ExecutorKinds"/>).</summary>
    public string ContractKind => IsPosition ? ExecutorKinds.Position : ContractNames.Of(Kind);
}
