using AntiCor.Core.Contracts;
using AntiCor.Core.Data;
using AntiCor.Core.Domain;
using Microsoft.EntityFrameworkCore;

namespace AntiCor.Core.Programmes;

/// <summary>
/// Maps executor names of an imported document to the organization's org units, recognising
/// known spellings and creating the units not seen before.
/// </summary>
internal sealed class UnitResolver
{
    private readonly AppDbContext _db;
    private readonly Organization _organization;
    private readonly List<OrgUnit> _units;

    private UnitResolver(AppDbContext db, Organization organization, List<OrgUnit> units)
    {
        _db = db;
        _organization = organization;
        _units = units;
    }

    public static async Task<UnitResolver> LoadAsync(
        AppDbContext db, Organization organization, IEnumerable<OrgUnitData> found, CancellationToken cancellationToken)
    {
        var units = await db.OrgUnits.Where(u => u.OrganizationId == organization.Id).ToListAsync(cancellationToken);
        var resolver = new UnitResolver(db, organization, units);
        foreach (var data in found)
        {
            var unit = resolver.Resolve(data.Name, ContractNames.ExecutorKindOf(data.Kind));
            foreach (var alias in data.Aliases)
            {
                unit.AddAlias(alias);
            }
        }

        return resolver;
    }

    public OrgUnit Resolve(string name, ExecutorKind kind)
    {
        var key = UnitNameKey.For(name);
        var unit = _units.FirstOrDefault(u => u.IsKnownAs(key));
        if (unit is null)
        {
            unit = new OrgUnit(_organization.Id, name, kind);
            _units.Add(unit);
            _db.OrgUnits.Add(unit);
        }

        return unit;
    }
}
