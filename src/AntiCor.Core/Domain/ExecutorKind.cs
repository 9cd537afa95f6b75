namespace AntiCor.Core.Domain;

/// <summary>
/// What an executor named in a document is: one unit of the council, a class of units
/// ("виконавчі органи"), or a party outside the council that takes part by consent.
/// </summary>
public enum ExecutorKind
{
    Unit,
    Group,
    External,
}
