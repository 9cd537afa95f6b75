using System.Globalization;

namespace AntiCor.Web.Features.Shared;

/// <summary>
/// Numbers as people and spreadsheets type them: "1,5" and "1.5" alike, spaces (also no-break) between
/// thousands allowed; blank is none. The one reading of a typed number for indicators and targets.
/// </summary>
public static class NumberInput
{
    public static bool TryParse(string? text, out decimal? value)
    {
        value = null;
        if (string.IsNullOrWhiteSpace(text))
        {
            return true;
        }

        var s = string.Concat(text.Where(c => !char.IsWhiteSpace(c))).Replace(',', '.');
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
