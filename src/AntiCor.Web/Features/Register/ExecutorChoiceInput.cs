using AntiCor.Core.Domain;
using AntiCor.Core.Programmes.Executors;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace AntiCor.Web.Features.Register;

/// <summary>
/// The coordinator's choice for one executor name not among the organisation's units, as the form
/// posts it: an existing unit's id, <see cref="New"/> for a new unit, or empty while not chosen.
/// </summary>
public sealed class ExecutorChoiceInput
{
    public const string New = "new";

    public string? Name { get; set; }
    public string? Choice { get; set; }
    public bool SaveAlias { get; set; }

    /// <summary>
    /// The decisions for a save from the posted choices, or null with a message per name left
    /// unchosen. <paramref name="newWhenNothingClose"/>: a name with nothing close that has no
    /// posted choice is a new unit — the import review lists such names from the upload on with
    /// «Створити новий підрозділ» selected, so confirming the review confirms them; the measure
    /// form asks for every name first, so there it is false.
    /// </summary>
    public static ExecutorDecisions? Decide(
        IReadOnlyList<UnknownExecutor> unknown, IEnumerable<ExecutorChoiceInput> posted, bool newWhenNothingClose, ModelStateDictionary modelState)
    {
        var byKey = posted.Where(p => !string.IsNullOrWhiteSpace(p.Name))
            .GroupBy(p => UnitNameKey.For(p.Name!))
            .ToDictionary(g => g.Key, g => g.Last());
        var choices = new List<ExecutorChoice>();
        var settled = true;
        foreach (var name in unknown)
        {
            var input = byKey.GetValueOrDefault(UnitNameKey.For(name.Name));
            var choice = input?.Choice?.Trim();
            if (choice == New || (string.IsNullOrEmpty(choice) && newWhenNothingClose && name.SuggestedUnitId is null))
            {
                choices.Add(new ExecutorChoice(name.Name, null));
            }
            else if (Guid.TryParse(choice, out var unitId))
            {
                choices.Add(new ExecutorChoice(name.Name, unitId, input!.SaveAlias));
            }
            else
            {
                settled = false;
                if (newWhenNothingClose)
                {
                    modelState.AddModelError(string.Empty, RegisterText.ExecutorUnsettled(name.Name, SuggestionText(name)));
                }
            }
        }

        if (!settled && !newWhenNothingClose)
        {
            modelState.AddModelError(string.Empty, RegisterText.ExecutorsToConfirm);
        }

        return settled ? new ExecutorDecisions(choices) : null;
    }

    /// <summary>«можливо, Відділ кадрової роботи?», or the offer of a new unit when nothing is close.</summary>
    public static string SuggestionText(UnknownExecutor name) =>
        name.SuggestedName is { } unit ? RegisterText.ExecutorPerhaps(unit) : RegisterText.ExecutorCreate(name.Name);
}

/// <summary>What the choice of executors shows: the names to settle, the units to pick from, and what was posted.</summary>
public sealed record ExecutorChoicesView(ExecutorReviewResult Review, IReadOnlyList<ExecutorChoiceInput> Posted)
{
    public ExecutorChoiceInput? PostedFor(string name) =>
        Posted.LastOrDefault(p => p.Name is not null && UnitNameKey.For(p.Name) == UnitNameKey.For(name));
}
