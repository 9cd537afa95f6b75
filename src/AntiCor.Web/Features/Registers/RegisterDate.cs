using System.Globalization;

namespace AntiCor.Web.Features.Registers;

/// <summary>Dates as the registers' forms take and show them: dd.MM.yyyy.</summary>
public static class RegisterDate
{
    public static string Format(DateOnly? date) => date?.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture) ?? "";

    public static bool TryParse(string? text, out DateOnly date) =>
        DateOnly.TryParseExact(text?.Trim(), "dd.MM.yyyy", CultureInfo.InvariantCulture, DateTimeStyles.None, out date);

    /// <summary>An optional date: empty is null and fine, anything else must be a date.</summary>
    public static bool TryParseOptional(string? text, out DateOnly? date)
    {
        date = null;
        if (string.IsNullOrWhiteSpace(text))
        {
            return true;
        }

        if (TryParse(text, out var parsed))
        {
            date = parsed;
            return true;
        }

        return false;
    }
}
