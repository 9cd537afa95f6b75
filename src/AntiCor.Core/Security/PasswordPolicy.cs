using System.Reflection;
using Microsoft.AspNetCore.Identity;

namespace AntiCor.Core.Security;

/// <summary>
/// NIST SP 800-63B memorised secrets: at least 12 characters, no composition rules, and refused
/// when found in the list of common passwords shipped with the app (compared case-insensitively,
/// also with trailing digits and punctuation removed, so "Password2025!" counts as "password").
/// </summary>
public sealed class PasswordPolicy<TUser> : IPasswordValidator<TUser>
    where TUser : class
{
    public Task<IdentityResult> ValidateAsync(UserManager<TUser> manager, TUser user, string? password)
    {
        var error = PasswordRules.Check(password);
        return Task.FromResult(error is null
            ? IdentityResult.Success
            : IdentityResult.Failed(new IdentityError { Code = "CommonPassword", Description = error }));
    }
}

public static class PasswordRules
{
    public const int MinimumLength = 12;
    public const string ResourceName = "AntiCor.Security.CommonPasswords.txt";

    private static readonly Lazy<HashSet<string>> Common = new(Load);

    public static IReadOnlySet<string> CommonPasswords => Common.Value;

    /// <summary>An error in Ukrainian, or null when the password is acceptable. Length is checked by Identity's own rule.</summary>
    public static string? Check(string? password)
    {
        if (string.IsNullOrEmpty(password) || password.Length < MinimumLength)
        {
            return null;
        }

        var lower = password.ToLowerInvariant();
        var stripped = lower.TrimEnd("0123456789!@#$%^&*()-_=+.,;:?~ ".ToCharArray());
        if (Common.Value.Contains(lower) || (stripped.Length > 0 && Common.Value.Contains(stripped)) || lower.Distinct().Count() <= 2)
        {
            return "Цей пароль надто поширений і легко вгадується. Оберіть інший — наприклад, кілька не пов'язаних між собою слів.";
        }

        return null;
    }

    private static HashSet<string> Load()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"Бракує вбудованого ресурсу {ResourceName}.");
        using var reader = new StreamReader(stream);
        var set = new HashSet<string>(StringComparer.Ordinal);
        while (reader.ReadLine() is { } line)
        {
            var text = line.Trim();
            if (text.Length > 0 && !text.StartsWith('#'))
            {
                set.Add(text.ToLowerInvariant());
            }
        }

        return set;
    }
}
