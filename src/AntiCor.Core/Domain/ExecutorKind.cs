namespace AntiCor.Core.Domain;

/// <summary>
/// What an executor named in a document is: one unit of the council, a class of units
/// ("виконавчі органи"), a party outside the council that takes part by consent, or a person by
/// office ("староста", "уповноважена особа …"), who reports as a unit does.
/// </summary>
public enum ExecutorKind
{
    Unit,
    Group,
    External,
    Position,
}
