using AntiCor.Core.Domain;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace AntiCor.Web.Features.ReportingSetup;

/// <summary>The rule form as typed: the numbers stay text, so a wrong one comes back as the user wrote it.</summary>
public sealed class RuleInput
{
    public const string ByDay = "day";
    public const string AfterDays = "days";

    public ReportingFrequency Frequency { get; set; } = ReportingFrequency.Quarterly;
    public string DueKind { get; set; } = ByDay;
    public string? DueDay { get; set; }
    public DueMonth DueMonth { get; set; } = DueMonth.FirstAfterPeriod;
    public string? DaysAfter { get; set; }
    public bool WorkingDays { get; set; }
    public bool MoveOffDaysOff { get; set; }

    public static RuleInput From(ReportingRule rule) => new()
    {
        Frequency = rule.Frequency,
        DueKind = rule.DaysAfterPeriod is null ? ByDay : AfterDays,
        DueDay = rule.IsUnset ? null : rule.DueDay.ToString(System.Globalization.CultureInfo.InvariantCulture),
        DueMonth = rule.DueMonth ?? DueMonth.FirstAfterPeriod,
        DaysAfter = rule.DaysAfterPeriod?.ToString(System.Globalization.CultureInfo.InvariantCulture),
        WorkingDays = rule.WorkingDays,
        MoveOffDaysOff = rule.MoveOffDaysOff,
    };

    /// <summary>The rule, or null with the reasons in <paramref name="errors"/> (in Ukrainian).</summary>
    public ReportingRule? ToRule(ModelStateDictionary errors, string prefix, ReportingRule current)
    {
        var afterDays = DueKind == AfterDays;
        int? day = Whole(afterDays ? null : DueDay, SetupText.DueDay, $"{prefix}.{nameof(DueDay)}", errors, required: !afterDays);
        int? days = Whole(afterDays ? DaysAfter : null, SetupText.Days, $"{prefix}.{nameof(DaysAfter)}", errors, required: afterDays);
        if (!errors.IsValid)
        {
            return null;
        }

        var rule = new ReportingRule(Frequency, day ?? current.DueDay, afterDays ? current.DueMonth : DueMonth)
        {
            DaysAfterPeriod = afterDays ? days : null,
            WorkingDays = afterDays && WorkingDays,
            MoveOffDaysOff = MoveOffDaysOff,
        };
        try
        {
            return rule.Validated();
        }
        catch (DomainException e)
        {
            errors.AddModelError(afterDays ? $"{prefix}.{nameof(DaysAfter)}" : $"{prefix}.{nameof(DueDay)}", e.Message);
            return null;
        }
    }

    private static int? Whole(string? text, string field, string key, ModelStateDictionary errors, bool required)
    {
        if (!required)
        {
            return null;
        }

        if (int.TryParse(text?.Trim(), System.Globalization.NumberStyles.AllowLeadingSign, System.Globalization.CultureInfo.InvariantCulture, out var value))
        {
            return value;
        }

        errors.AddModelError(key, string.IsNullOrWhiteSpace(text) ? SetupText.FieldRequired(field) : SetupText.NotWhole(field, text.Trim()));
        return null;
    }
}
