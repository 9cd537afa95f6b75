namespace AntiCor.Core.Domain;

internal static class Guard
{
    public static string NotBlank(string? value, string what) =>
        string.IsNullOrWhiteSpace(value) ? throw new DomainException($"{what}: значення не може бути порожнім.") : value.Trim();
}
