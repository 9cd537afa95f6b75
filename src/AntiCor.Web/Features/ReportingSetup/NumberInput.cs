using System.Globalization;

namespace AntiCor.Web.Features.ReportingSetup;

/// <summary>Numbers as people type them: "1,5" and "1.5" alike, spaces between thousands allowed; blank is none.</summary>
public static class NumberInput
{
    public static bool TryParse(string? text, out decimal? value)
    {
        value = null;
        if (string.IsNullOrWhiteSpace(text))
        {
            return true;
        }

        var s = text.Trim().Replace(" ", "", StringComparison.Ordinal).Replace("\u00A0", "", StringComparison.Ordinal).Replace(',', '.');
        if (decimal.TryParse(s, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var parsed))
        {
            value = parsed;
            return true;
        }

        return false;
    }

    /// <summary>A stored number as a Ukrainian reader writes it: "1,5".</summary>
    public static string Format(decimal? value) => value?.ToString("0.####", CultureInfo.InvariantCulture).Replace('.', ',') ?? "";
}
