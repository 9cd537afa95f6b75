using AntiCor.Core.Data;
using AntiCor.Core.Security;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace AntiCor.Web.Infrastructure;

/// <summary>
/// Demonstration mode (`Demo:Enabled=true`, or `--demo` on the command line): one account per role
/// with known passwords and TOTP key, printed on the sign-in page, and a banner on every page.
/// </summary>
public sealed record DemoMode(bool Enabled)
{
    public const string ConfigurationKey = "Demo:Enabled";

    public static bool IsEnabled(IConfiguration configuration) => configuration.GetValue<bool>(ConfigurationKey);

    /// <summary>`--demo` alone is no key=value pair for the configuration: rewrite it as one.</summary>
    public static string[] MapArguments(string[] args) =>
        [.. args.Select(a => a == "--demo" ? $"--{ConfigurationKey}=true" : a)];

    public static async Task SeedAsync(IServiceProvider services)
    {
        var users = services.GetRequiredService<UserManager<AppUser>>();
        var provisioning = services.GetRequiredService<AccountProvisioning>();
        var db = services.GetRequiredService<AppDbContext>();
        var unit = await db.OrgUnits.Where(u => u.Name == DemoAccounts.ExecutorUnit).Select(u => new { u.Id, u.OrganizationId }).FirstOrDefaultAsync();
        var organization = unit?.OrganizationId ?? await db.Organizations.OrderBy(o => o.Name).Select(o => (Guid?)o.Id).FirstOrDefaultAsync();
        foreach (var account in DemoAccounts.All)
        {
            if (await users.FindByEmailAsync(account.Email) is not null)
            {
                continue;
            }

            var created = await provisioning.CreateAsync(
                account.Email, account.DisplayName, account.Role, organization, account.Role == Roles.Executor ? unit?.Id : null, account.Password);
            if (account.TotpKey is { } key)
            {
                await EnrolAsync(users, created.User, key);
            }
        }
    }

    /// <summary>Sets a known authenticator key (the store's own token) and turns two-factor sign-in on.</summary>
    public static async Task EnrolAsync(UserManager<AppUser> users, AppUser user, string key)
    {
        await users.SetAuthenticationTokenAsync(user, "[AspNetUserStore]", "AuthenticatorKey", key);
        await users.SetTwoFactorEnabledAsync(user, true);
    }
}
