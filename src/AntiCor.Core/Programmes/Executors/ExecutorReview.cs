using AntiCor.Core.Data;
using AntiCor.Core.Domain;
using Microsoft.EntityFrameworkCore;

namespace AntiCor.Core.Programmes.Executors;

/// <summary>An executor name not among the organisation's units, with the closest unit when there is one.</summary>
public sealed record UnknownExecutor(string Name, ExecutorKind Kind, Guid? SuggestedUnitId, string? SuggestedName)
{
    /// <summary>«можливо, Відділ кадрової роботи?» — the suggestion as the review and the command line say it.</summary>
    public string? Suggestion => SuggestedName is null ? null : $"можливо, {SuggestedName}?";
}

/// <summary>A unit a name can be mapped to, as a choice lists it.</summary>
public sealed record UnitOption(Guid Id, string Name, ExecutorKind Kind);

/// <summary>What a save would have to settle: the names not among the units, and the units there are to choose from.</summary>
public sealed record ExecutorReviewResult(IReadOnlyList<UnknownExecutor> Unknown, IReadOnlyList<UnitOption> Units);

/// <summary>
/// Reads, without changing anything, which executor names a document or a measure form names that
/// the organisation's units do not know, and what each is probably meant to be.
/// </summary>
public static class ExecutorReview
{
    public static async Task<ExecutorReviewResult> ReviewAsync(
        AppDbContext db, Guid organizationId, IReadOnlyList<ExecutorName> names, CancellationToken cancellationToken = default)
    {
        var units = await db.OrgUnits.AsNoTracking().Where(u => u.OrganizationId == organizationId).ToListAsync(cancellationToken);
        return For(units, names);
    }

    public static ExecutorReviewResult For(IReadOnlyList<OrgUnit> units, IReadOnlyList<ExecutorName> names)
    {
        var matcher = new UnitMatcher(units);
        var unknown = names
            .Where(n => n.Spellings.All(s => matcher.Exact(s) is null))
            .Select(n => matcher.Closest(n.Name, n.Kind) is { } match
                ? new UnknownExecutor(n.Name, n.Kind, match.Unit.Id, match.Unit.Name)
                : new UnknownExecutor(n.Name, n.Kind, null, null))
            .ToList();
        var options = units.OrderBy(u => u.Name, StringComparer.CurrentCulture).Select(u => new UnitOption(u.Id, u.Name, u.Kind)).ToList();
        return new ExecutorReviewResult(unknown, options);
    }

    /// <summary>The refusal of a save that would leave names unsettled, naming each with its suggestion.</summary>
    public static DomainException Unsettled(IEnumerable<UnknownExecutor> names) => new(
        "Цих виконавців немає серед підрозділів організації: "
        + string.Join(", ", names.Select(n => n.Suggestion is null ? $"«{n.Name}»" : $"«{n.Name}» ({n.Suggestion})"))
        + ". Оберіть для кожного наявний підрозділ або підтвердіть створення нового; нічого не збережено.");
}
