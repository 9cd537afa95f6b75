using System.Globalization;
using System.Security.Cryptography;
using AntiCor.Core.Security;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;

namespace AntiCor.Web.Features.Account;

public static class InvitationTokenOptions
{
    public const string Provider = "Invitation";
    public const string Purpose = "SetFirstPassword";

    /// <summary>Longer than a reset link's day: the letter may wait over a weekend.</summary>
    public static readonly TimeSpan Lifespan = TimeSpan.FromHours(72);
}

/// <summary>
/// The invitation token: the user, the purpose and the moment it was made, protected with the
/// application's data-protection keys (kept in the database, so every node reads it) and judged
/// on the application's clock. Unlike Identity's reset token it is not bound to the security
/// stamp: a role confirmed or a lock between the letter and the first visit renews the stamp
/// and would kill the link. It works once because the page sets only a first password and
/// refuses the link as soon as the account has one.
/// </summary>
public sealed class InvitationTokenProvider(IDataProtectionProvider protection, TimeProvider time) : IUserTwoFactorTokenProvider<AppUser>
{
    private readonly IDataProtector _protector = protection.CreateProtector("AntiCor.Invitation.v1");

    public Task<bool> CanGenerateTwoFactorTokenAsync(UserManager<AppUser> manager, AppUser user) => Task.FromResult(false);

    public async Task<string> GenerateAsync(string purpose, UserManager<AppUser> manager, AppUser user)
    {
        var made = time.GetUtcNow().ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        return _protector.Protect($"{purpose}|{await manager.GetUserIdAsync(user)}|{made}");
    }

    public async Task<bool> ValidateAsync(string purpose, string token, UserManager<AppUser> manager, AppUser user)
    {
        string payload;
        try
        {
            payload = _protector.Unprotect(token);
        }
        catch (CryptographicException)
        {
            return false;
        }

        var parts = payload.Split('|');
        if (parts.Length != 3 || parts[0] != purpose || parts[1] != await manager.GetUserIdAsync(user)
            || !long.TryParse(parts[2], NumberStyles.None, CultureInfo.InvariantCulture, out var seconds))
        {
            return false;
        }

        // A few minutes "from the future" are another node's clock, not a forgery (the keys are the protection).
        var age = time.GetUtcNow() - DateTimeOffset.FromUnixTimeSeconds(seconds);
        return age >= -TimeSpan.FromMinutes(5) && age <= InvitationTokenOptions.Lifespan;
    }
}
