extern alias web;

using AntiCor.Core.Data;
using AntiCor.Core.Domain;
using AntiCor.Core.Reporting;
using AntiCor.Core.Security;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace AntiCor.Load;

/// <summary>An account of the run: where it signs in, and its TOTP key when it has a second factor.</summary>
internal sealed record LoadUser(string Email, string? TotpKey, Guid? UnitId, string Password = LoadData.Password);

/// <summary>The seed programme grown to a city with many executive bodies and enterprises, and the run's accounts.</summary>
internal sealed record LoadCity(Guid ProgrammeId, string PeriodKey, int Obligations, LoadUser Coordinator, IReadOnlyList<LoadUser> Executors);

/// <summary>
/// Fills the seed's city: --members new executive bodies and as many communal enterprises join the
/// order's two groups ("Виконавчі органи", "Керівники підприємств…"), so each measure given to a group
/// obliges every member, as the reporting cycle plans it. One executor account per new unit.
/// </summary>
internal static class LoadData
{
    public const string Password = "navantazhennia-bench-parol-2026";

    /// <summary>The coordinator's authenticator key (base32), for the run's TOTP codes.</summary>
    private const string AuthenticatorKey = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP";
    private const string Bodies = "Виконавчі органи";
    private const string Enterprises = "Керівники підприємств, установ, організацій, що перебувають у комунальній власності";

    public static async Task<LoadCity> FillAsync(WebApplicationFactory<web::Program> host, int members, int executors)
    {
        await using var scope = host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var time = scope.ServiceProvider.GetRequiredService<TimeProvider>();
        var programme = await db.Programmes.SingleAsync();
        var groups = await db.OrgUnits.Where(u => u.Name == Bodies || u.Name == Enterprises).ToListAsync();
        var units = new List<OrgUnit>();
        foreach (var group in groups)
        {
            for (var i = 1; i <= members; i++)
            {
                var unit = new OrgUnit(programme.OrganizationId, group.Name == Bodies ? $"Управління № {i}" : $"КП «Підприємство № {i}»", ExecutorKind.Unit);
                units.Add(unit);
                db.OrgUnits.Add(unit);
                db.GroupMembers.Add(new GroupMember(group, unit));
            }
        }

        await db.SaveChangesAsync();
        await new ReportingSchedule(db, time).PlanAsync(programme.Id);
        await db.SaveChangesAsync();

        var busiest = await db.Obligations.Where(o => o.WithdrawnAtUtc == null)
            .GroupBy(o => o.PeriodId).Select(g => new { g.Key, Count = g.Count() })
            .OrderByDescending(g => g.Count).FirstAsync();
        var period = await db.ReportingPeriods.SingleAsync(p => p.Id == busiest.Key);

        // One hash for every account: hashing a password is made slow on purpose (a tenth of a
        // second), and two hundred of them were most of a rush's setup. Signing in still verifies it.
        var passwordHash = new PasswordHasher<AppUser>().HashPassword(new AppUser(), Password);
        var coordinator = Account(db, passwordHash, programme.OrganizationId, Roles.Coordinator, null, twoFactor: true);
        var people = units.Take(executors).Select(unit => Account(db, passwordHash, programme.OrganizationId, Roles.Executor, unit.Id, twoFactor: false)).ToList();
        await db.SaveChangesAsync();

        return new LoadCity(programme.Id, period.Key, busiest.Count, coordinator, people);
    }

    /// <summary>An account as the registrar's own pages make one, added to the save under way.</summary>
    private static LoadUser Account(AppDbContext db, string passwordHash, Guid organizationId, string role, Guid? unit, bool twoFactor)
    {
        var email = $"{role.ToLowerInvariant()}-{Guid.NewGuid():N}@load.anticor.local";
        var user = new AppUser(email, $"Навантаження {role}", DateTime.UtcNow)
        {
            NormalizedEmail = email.ToUpperInvariant(),
            NormalizedUserName = email.ToUpperInvariant(),
            PasswordHash = passwordHash,
            TwoFactorEnabled = twoFactor,
        };
        db.Users.Add(user);
        string? key = null;
        if (twoFactor)
        {
            // The role needs a second factor: enrolled already, with a key the run knows.
            key = AuthenticatorKey;
            db.UserTokens.Add(new IdentityUserToken<Guid> { UserId = user.Id, LoginProvider = "[AspNetUserStore]", Name = "AuthenticatorKey", Value = key });
        }

        db.Memberships.Add(new Membership(user.Id, organizationId, role));
        if (unit is { } unitId)
        {
            db.UserUnits.Add(new UserUnit(user.Id, unitId));
        }

        return new LoadUser(email, key, unit);
    }
}
