using AntiCor.Core.Contracts;
using AntiCor.Core.Data;
using AntiCor.Core.Domain;
using AntiCor.Core.Programmes;
using AntiCor.Core.Security;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace AntiCor.BenchData;

/// <summary>
/// One organisation in one unit of work: the body, its programme through the importer's own
/// registrar (units, editions, the reporting calendar and its obligations), its accounts, then its
/// quarters' reports in one save.
/// </summary>
internal sealed class OrganizationWriter(IServiceProvider services, BenchClock clock, ProgrammeDocument seed)
{
    // Every generated account shares one password hash: hashing is the slow part of making accounts, and nobody signs in with them but the load runs.
    private static readonly string PasswordHash = new PasswordHasher<AppUser>().HashPassword(new AppUser(), Password);

    /// <summary>Every generated coordinator's authenticator key (base32): the load runs sign in with it.</summary>
    public const string AuthenticatorKey = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP";

    /// <summary>Every generated account's password.</summary>
    public const string Password = "bench-data-parol-2026";

    public long Reports { get; private set; }

    public async Task<Guid> WriteAsync(PlannedOrganization planned, int index, Guid? parentId, Random random)
    {
        Phases.Start();
        clock.Set(new DateTime(2019, 8, 12, 8, 0, 0, DateTimeKind.Utc));
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        var organization = new Organization(planned.Name, planned.Kind, planned.Slug);
        if (parentId is { } parent)
        {
            organization.SetParent(await db.Organizations.SingleAsync(o => o.Id == parent));
        }

        db.Organizations.Add(organization);
        await db.SaveChangesAsync();

        Phases.Mark("organisation");
        var document = ProgrammeShapes.For(seed, planned, index, random);
        var programme = await new ProgrammeRegistrar(db, clock).RegisterAsync(document, organization, "bench-data.txt", "anticor-bench-data", publish: true, executors: AntiCor.Core.Programmes.Executors.ExecutorDecisions.CreateUnknown);

        Phases.Mark("programme");
        var units = await db.Obligations.Where(o => o.ProgrammeId == programme.Id && !o.IsExternal).Select(o => o.OrgUnitId).Distinct().ToListAsync();
        var coordinator = Account(db, organization, Roles.Coordinator, null, $"coordinator@{planned.Slug}.bench.anticor.local");
        var authors = units.ToDictionary(u => u, u => Account(db, organization, Roles.Executor, u, $"executor-{u:N}@{planned.Slug}.bench.anticor.local"));
        await db.SaveChangesAsync();

        Phases.Mark("accounts");
        var writer = new ReportWriter(db, clock, random);
        await writer.WriteAsync(programme.Id, authors, coordinator, CancellationToken.None);
        Phases.Mark("reports");
        db.ChangeTracker.DetectChanges();
        await db.SaveChangesAsync();
        Phases.Mark("save");
        Reports += writer.Reports;
        return organization.Id;
    }

    private Guid Account(AppDbContext db, Organization organization, string role, Guid? unit, string email)
    {
        var user = new AppUser(email, $"{role} {organization.Slug}", clock.UtcNow)
        {
            NormalizedEmail = email.ToUpperInvariant(),
            NormalizedUserName = email.ToUpperInvariant(),
            EmailConfirmed = true,
            PasswordHash = PasswordHash,
        };
        db.Users.Add(user);
        if (role == Roles.Coordinator)
        {
            // The role needs a second factor: enrolled already, with the key the load runs know.
            user.TwoFactorEnabled = true;
            db.UserTokens.Add(new IdentityUserToken<Guid> { UserId = user.Id, LoginProvider = "[AspNetUserStore]", Name = "AuthenticatorKey", Value = AuthenticatorKey });
        }

        db.Memberships.Add(new Membership(user.Id, organization.Id, role));
        if (unit is { } unitId)
        {
            db.UserUnits.Add(new UserUnit(user.Id, unitId));
        }

        return user.Id;
    }
}
