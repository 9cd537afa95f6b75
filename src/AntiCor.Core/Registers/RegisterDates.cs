using AntiCor.Core.Domain;

namespace AntiCor.Core.Registers;

/// <summary>Checks shared by the registers' dates; a broken rule is one Ukrainian sentence.</summary>
internal static class RegisterDates
{
    public static void NotBefore(DateOnly? later, DateOnly earlier, string message)
    {
        if (later is { } day && day < earlier)
        {
            throw new DomainException(message);
        }
    }

    public static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
