using System.Globalization;
using AntiCor.Core.Domain;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace AntiCor.Web.Features.Register;

/// <summary>
/// The later act a change is made under, as the coordinator types it. All empty: a change
/// without an act (a correction of the register). Partly filled: an error, not a guess.
/// </summary>
public sealed class AmendingActInput
{
    public string? Kind { get; set; }
    public string? Number { get; set; }

    /// <summary>dd.MM.yyyy, as Ukrainian documents write it.</summary>
    public string? Date { get; set; }

    public string? Title { get; set; }

    public AmendingAct? ToAct(ModelStateDictionary modelState, string prefix)
    {
        if (string.IsNullOrWhiteSpace(Kind) && string.IsNullOrWhiteSpace(Number) && string.IsNullOrWhiteSpace(Date) && string.IsNullOrWhiteSpace(Title))
        {
            return null;
        }

        if (string.IsNullOrWhiteSpace(Kind) || string.IsNullOrWhiteSpace(Number))
        {
            modelState.AddModelError(prefix, RegisterText.ActIncomplete);
            return null;
        }

        if (!DateOnly.TryParseExact(Date?.Trim(), "dd.MM.yyyy", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            modelState.AddModelError($"{prefix}.Date", RegisterText.ActDateInvalid);
            return null;
        }

        return new AmendingAct(Kind, Number, date, Title).Validated();
    }
}
