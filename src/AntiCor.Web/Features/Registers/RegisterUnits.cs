using AntiCor.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace AntiCor.Web.Features.Registers;

public sealed record UnitOption(Guid Id, string Name);

/// <summary>The units a register form or filter offers: all of the organisation for the department, one's own for an executor.</summary>
public static class RegisterUnits
{
    public static async Task<IReadOnlyList<UnitOption>> OptionsAsync(AppDbContext db, IReadOnlyList<Guid>? units, CancellationToken cancellationToken) =>
        await db.OrgUnits.AsNoTracking()
            .Where(u => units == null || units.Contains(u.Id))
            .OrderBy(u => u.Name)
            .Select(u => new UnitOption(u.Id, u.Name))
            .ToListAsync(cancellationToken);
}
