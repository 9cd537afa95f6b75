using AntiCor.Core.Security;
using AntiCor.Web.Infrastructure;

namespace AntiCor.Web.Features.Registers;

/// <summary>
/// Who sees and changes which register entries: the coordinator every entry of the organisation
/// with the names of persons; the head and auditors every entry with names masked; an executor
/// only their own units' entries, names masked. The organisation itself is the query filter's.
/// </summary>
public sealed class RegisterAccess(CurrentUser currentUser)
{
    public const string Masked = "••• (персональні дані приховано)";

    public bool IsCoordinator => currentUser.IsInRole(Roles.Coordinator);

    public bool SeesAllUnits => IsCoordinator || currentUser.IsInRole(Roles.Head) || currentUser.IsInRole(Roles.Auditor);

    public bool SeesNames => IsCoordinator;

    /// <summary>The units whose entries the user may see and change; null for all of them.</summary>
    public async Task<IReadOnlyList<Guid>?> UnitsAsync(CancellationToken cancellationToken) =>
        SeesAllUnits ? null : await currentUser.UnitsAsync(cancellationToken);

    public async Task<bool> CanWriteAsync(Guid unitId, CancellationToken cancellationToken) =>
        IsCoordinator || (currentUser.IsInRole(Roles.Executor) && (await currentUser.UnitsAsync(cancellationToken)).Contains(unitId));

    public async Task<bool> CanCreateAsync(CancellationToken cancellationToken) =>
        IsCoordinator || (currentUser.IsInRole(Roles.Executor) && (await currentUser.UnitsAsync(cancellationToken)).Count > 0);

    public string Name(string? name, DateTime? erasedAtUtc) =>
        erasedAtUtc is not null ? RegistersText.Erased : SeesNames ? name ?? "" : Masked;
}
