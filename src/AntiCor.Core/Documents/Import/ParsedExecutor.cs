using AntiCor.Core.Domain;

namespace AntiCor.Core.Documents.Import;

/// <summary>One executor read from a cell: its name (cleaned, not yet canonical) and the words as written.</summary>
public sealed record ParsedExecutor(string Name, string Raw, ExecutorKind Kind, bool ConsentRequired);
