using AntiCor.Core.Data;
using AntiCor.Core.Security;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace AntiCor.Web.Infrastructure;

/// <summary>
/// Keeps demonstration mode off real data. `--demo` publishes passwords and a TOTP key on the
/// sign-in page, so it refuses a database that holds any account other than the demo ones; and
/// a start without `--demo` locks the demo accounts, so their published passwords open nothing.
/// </summary>
public static partial class DemoGuard
{
    /// <summary>Far enough to mean "until a demo start unlocks it", and storable as-is by both providers.</summary>
    private static readonly DateTimeOffset Forever = new(9999, 1, 1, 0, 0, 0, TimeSpan.Zero);

    private static readonly string[] DemoEmails = [.. DemoAccounts.All.Select(a => a.Email.ToUpperInvariant())];

    /// <summary>Why demo mode may not start on this database, or null when it may (no accounts but the demo ones).</summary>
    public static async Task<string?> RefusalAsync(AppDbContext db, CancellationToken cancellationToken = default)
    {
        var real = await db.Users.CountAsync(u => u.NormalizedEmail == null || !DemoEmails.Contains(u.NormalizedEmail), cancellationToken);
        return real == 0
            ? null
            : $"Демонстраційний режим не запущено: у цій базі даних є справжні облікові записи ({real}); запускайте --demo лише на окремій базі без реальних даних.";
    }

    /// <summary>
    /// In demo mode: refuses (logs the reason, writes it to stderr, returns false) on a database with
    /// real accounts. Returns true when the app may go on starting.
    /// </summary>
    public static async Task<bool> AllowsStartAsync(this WebApplication app, CancellationToken cancellationToken = default)
    {
        if (!app.Services.GetRequiredService<DemoMode>().Enabled)
        {
            return true;
        }

        await using var scope = app.Services.CreateAsyncScope();
        var reason = await RefusalAsync(scope.ServiceProvider.GetRequiredService<AppDbContext>(), cancellationToken);
        if (reason is null)
        {
            return true;
        }

        LogRefused(app.Logger, reason);
        await Console.Error.WriteLineAsync(reason);
        return false;
    }

    /// <summary>Locks every demo account (and ends its sessions within the stamp check); returns how many it locked.</summary>
    public static async Task<int> LockDemoAccountsAsync(UserManager<AppUser> users)
    {
        var locked = 0;
        foreach (var account in DemoAccounts.All)
        {
            if (await users.FindByEmailAsync(account.Email) is not { } user || await users.GetLockoutEndDateAsync(user) == Forever)
            {
                continue;
            }

            Check(await users.SetLockoutEnabledAsync(user, true));
            Check(await users.SetLockoutEndDateAsync(user, Forever));
            Check(await users.UpdateSecurityStampAsync(user));
            locked++;
        }

        return locked;
    }

    /// <summary>Lifts the lock a start without demo mode put on the demo accounts.</summary>
    public static async Task UnlockDemoAccountsAsync(UserManager<AppUser> users)
    {
        foreach (var account in DemoAccounts.All)
        {
            if (await users.FindByEmailAsync(account.Email) is { } user && await users.GetLockoutEndDateAsync(user) == Forever)
            {
                Check(await users.SetLockoutEndDateAsync(user, null));
                Check(await users.ResetAccessFailedCountAsync(user));
            }
        }
    }

    private static void Check(IdentityResult result)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException(string.Join(" ", result.Errors.Select(e => e.Description)));
        }
    }

    [LoggerMessage(Level = LogLevel.Critical, Message = "{Reason}")]
    private static partial void LogRefused(ILogger logger, string reason);
}
