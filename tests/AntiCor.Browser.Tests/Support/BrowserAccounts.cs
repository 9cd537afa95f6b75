using AntiCor.Core.Data;
using AntiCor.Core.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace AntiCor.Browser.Tests.Support;

/// <summary>Roles for browser-test accounts: a membership of an organisation (the seed's city unless named).</summary>
public static class BrowserAccounts
{
    public static async Task GrantAsync(IServiceProvider services, AppUser user, string role, string slug = AntiCor.Core.Seed.SeedProgramme.OrganizationSlug)
    {
        var db = services.GetRequiredService<AppDbContext>();
        var organization = await db.Organizations.Where(o => o.Slug == slug).Select(o => o.Id).SingleAsync();
        db.Memberships.Add(new Membership(user.Id, organization, role));
        await db.SaveChangesAsync();
    }

    /// <summary>Signed in: the browser has left the account pages.</summary>
    public static bool SignedInUrl(string url) => !new Uri(url).AbsolutePath.StartsWith("/account", StringComparison.Ordinal);
}
