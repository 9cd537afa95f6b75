using System.Globalization;
using AntiCor.Core.Contracts;
using AntiCor.Core.Programmes;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace AntiCor.Web.Features.Register;

/// <summary>
/// The document's title, approving act and period on the review form, as typed: what the
/// document leaves unsaid (an annex alone) is filled here or left empty. Dates are dd.MM.yyyy.
/// </summary>
public sealed class HeaderCorrectionInput
{
    public string? Title { get; set; }
    public string? ActKind { get; set; }
    public string? ActNumber { get; set; }
    public string? ActDate { get; set; }
    public string? ActIssuer { get; set; }
    public string? PeriodFrom { get; set; }
    public string? PeriodTo { get; set; }

    public static HeaderCorrectionInput From(ProgrammeData p) => new()
    {
        Title = p.KnownTitle,
        ActKind = p.LegalBasis.KnownKind,
        ActNumber = p.LegalBasis.KnownNumber,
        ActDate = p.LegalBasis.KnownDate?.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture),
        ActIssuer = p.LegalBasis.Issuer,
        PeriodFrom = p.Period.KnownFrom?.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture),
        PeriodTo = p.Period.KnownTo?.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture),
    };

    /// <summary>The correction, or null with a Ukrainian message per date that is not dd.MM.yyyy.</summary>
    public HeaderCorrection? ToCorrection(ModelStateDictionary errors, string prefix)
    {
        var actDate = DateOf(ActDate, $"{prefix}.{nameof(ActDate)}", RegisterText.HeaderActDate, errors);
        var from = DateOf(PeriodFrom, $"{prefix}.{nameof(PeriodFrom)}", RegisterText.HeaderPeriodFrom, errors);
        var to = DateOf(PeriodTo, $"{prefix}.{nameof(PeriodTo)}", RegisterText.HeaderPeriodTo, errors);
        return errors.IsValid ? new HeaderCorrection(Title, ActKind, ActNumber, actDate, ActIssuer, from, to) : null;
    }

    private static DateOnly? DateOf(string? text, string key, string field, ModelStateDictionary errors)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        if (DateOnly.TryParseExact(text.Trim(), "dd.MM.yyyy", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        errors.AddModelError(key, RegisterText.DateInvalid(field, text.Trim()));
        return null;
    }
}
