using AntiCor.Core.Data;
using AntiCor.Core.Domain;
using AntiCor.Core.Programmes.Executors;
using Microsoft.EntityFrameworkCore;

namespace AntiCor.Core.Programmes;

/// <summary>
/// Maps the executor names of a save to the organization's org units before anything changes:
/// a known spelling finds its unit; any other name is settled by the decisions given — mapped to
/// a chosen unit (its spelling kept as an alias when asked), or created when creation was
/// confirmed — and a name left unsettled refuses the whole save (ADR-015).
/// </summary>
internal sealed class UnitResolver
{
    private readonly UnitMatcher _matcher;
    private readonly Dictionary<string, OrgUnit> _settled = [];

    private UnitResolver(UnitMatcher matcher)
    {
        _matcher = matcher;
    }

    public static async Task<UnitResolver> LoadAsync(
        AppDbContext db, Organization organization, IReadOnlyList<ExecutorName> names, ExecutorDecisions decisions, CancellationToken cancellationToken)
    {
        var units = await db.OrgUnits.Where(u => u.OrganizationId == organization.Id).ToListAsync(cancellationToken);
        var resolver = new UnitResolver(new UnitMatcher(units));
        var unsettled = new List<UnknownExecutor>();
        foreach (var name in names)
        {
            if (resolver.Settle(db, organization, name, decisions) is { } left)
            {
                unsettled.Add(left);
            }
        }

        if (unsettled.Count > 0)
        {
            throw ExecutorReview.Unsettled(unsettled);
        }

        return resolver;
    }

    /// <summary>The unit a settled name (or any known spelling) stands for.</summary>
    public OrgUnit Resolve(string name)
    {
        var key = UnitNameKey.For(name);
        return _settled.GetValueOrDefault(key) ?? _matcher.Exact(name)
            ?? throw ExecutorReview.Unsettled([new UnknownExecutor(name, ExecutorKind.Unit, null, null)]);
    }

    /// <summary>Finds or settles one name; the name back, with its suggestion, when the decisions do not settle it.</summary>
    private UnknownExecutor? Settle(AppDbContext db, Organization organization, ExecutorName name, ExecutorDecisions decisions)
    {
        var known = name.Spellings.Select(_matcher.Exact).FirstOrDefault(u => u is not null);
        if (known is not null)
        {
            // As before: the document's other spellings of a known unit become its aliases.
            Keep(name, known, name.Aliases);
            return null;
        }

        var choice = decisions.For(name.Name);
        var suggestion = _matcher.Closest(name.Name, name.Kind);
        if (choice?.UnitId is { } id)
        {
            var chosen = _matcher.Units.FirstOrDefault(u => u.Id == id)
                ?? throw new DomainException($"Підрозділ, обраний для виконавця «{name.Name}», не знайдено в цій організації.");
            Keep(name, chosen, choice.SaveAsAlias ? name.Spellings : []);
        }
        else if (choice is not null || (decisions.CreatesUnknown && !(decisions.UsesSuggestions && suggestion is not null)))
        {
            var created = new OrgUnit(organization.Id, name.Name, name.Kind);
            db.OrgUnits.Add(created);
            _matcher.Add(created);
            Keep(name, created, name.Aliases);
        }
        else if (decisions.UsesSuggestions && suggestion is not null)
        {
            Keep(name, suggestion.Unit, name.Spellings);
        }
        else
        {
            return new UnknownExecutor(name.Name, name.Kind, suggestion?.Unit.Id, suggestion?.Unit.Name);
        }

        return null;
    }

    private void Keep(ExecutorName name, OrgUnit unit, IEnumerable<string> aliases)
    {
        foreach (var alias in aliases)
        {
            unit.AddAlias(alias);
        }

        foreach (var spelling in name.Spellings)
        {
            _settled[UnitNameKey.For(spelling)] = unit;
        }
    }
}
