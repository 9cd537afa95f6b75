using AntiCor.Core.Data;
using AntiCor.Core.Security;
using AntiCor.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;

namespace AntiCor.Web.Features.Registers;

/// <summary>
/// Who sees and changes which register entries: the coordinator every entry of the organisation
/// with the names of persons; the head and auditors every entry with names masked; an executor
/// only their own units' entries, names masked. The organisation itself is the query filter's.
/// </summary>
public sealed class RegisterAccess(CurrentUser currentUser)
{
    /// <summary>What stands for a person's name to who may not see it.</summary>
    public static string Masked => RegistersText.Masked;

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

    /// <summary>
    /// Why an entry form may not open: a new entry for who cannot create one (403); an entry the
    /// user may not see (<paramref name="entryUnit"/> null: 404) or not change (403). Null when it may.
    /// </summary>
    public async Task<IActionResult?> RefusalAsync(Guid? id, Guid? entryUnit, CancellationToken cancellationToken) =>
        id is null ? (await CanCreateAsync(cancellationToken) ? null : new ForbidResult())
        : entryUnit is not { } unit ? new NotFoundResult()
        : await CanWriteAsync(unit, cancellationToken) ? null : new ForbidResult();

    /// <summary>The units an entry form offers: all of the organisation for the department, one's own for an executor.</summary>
    public async Task<IReadOnlyList<UnitOption>> FormUnitsAsync(AppDbContext db, CancellationToken cancellationToken) =>
        await RegisterUnits.OptionsAsync(db, IsCoordinator ? null : await currentUser.UnitsAsync(cancellationToken), cancellationToken);

    public string Name(string? name, DateTime? erasedAtUtc) =>
        erasedAtUtc is not null ? RegistersText.Erased : SeesNames ? name ?? "" : Masked;
}
