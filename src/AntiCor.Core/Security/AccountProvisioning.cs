using AntiCor.Core.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace AntiCor.Core.Security;

/// <summary>A new account and its one-time password, as created by an administrator, the CLI or the first start.</summary>
public sealed record ProvisionedUser(AppUser User, string OneTimePassword);

/// <summary>Creates roles and accounts. Used by the first start, the demo seed, the CLI and the admin pages.</summary>
public sealed class AccountProvisioning(UserManager<AppUser> users, RoleManager<IdentityRole<Guid>> roles, AppDbContext db, TimeProvider time)
{
    public const string DefaultAdminEmail = "admin@anticor.local";

    /// <summary>The deployment's own Identity role; organisations' roles are memberships, not Identity roles.</summary>
    public async Task EnsureRolesAsync()
    {
        foreach (var role in (string[])[Roles.DeploymentAdministrator])
        {
            if (!await roles.RoleExistsAsync(role))
            {
                Check(await roles.CreateAsync(new IdentityRole<Guid>(role) { Id = Guid.CreateVersion7() }));
            }
        }
    }

    /// <summary>Finds a unit of the organisation by id, exact name or alias; null with an error text when none or several match.</summary>
    public async Task<(Guid? Id, string? Error)> FindUnitAsync(Guid organizationId, string idOrName)
    {
        var units = db.OrgUnits.Where(u => u.OrganizationId == organizationId);
        if (Guid.TryParse(idOrName, out var id))
        {
            return await units.AnyAsync(u => u.Id == id) ? (id, null) : (null, $"Підрозділ {idOrName} не знайдено в цій організації.");
        }

        var text = idOrName.Trim();
        var ids = await units.Where(u => u.Name == text || u.Aliases.Any(a => a.Text == text)).Select(u => u.Id).ToListAsync();
        return ids.Count switch
        {
            1 => (ids[0], null),
            0 => (null, $"Підрозділ «{text}» не знайдено."),
            _ => (null, $"Назві «{text}» відповідає кілька підрозділів; вкажіть ідентифікатор."),
        };
    }

    /// <summary>
    /// Creates a user with a random one-time password that must be changed at first sign-in: a
    /// deployment administrator, or a holder of <paramref name="role"/> in the organisation
    /// (an executor bound to <paramref name="unitId"/>, which must be the organisation's).
    /// </summary>
    public async Task<ProvisionedUser> CreateAsync(string email, string? displayName, string role, Guid? organizationId, Guid? unitId, string? password = null)
    {
        var oneTime = password ?? OneTimePassword.Generate();
        var user = await CreateCoreAsync(email, displayName, role, organizationId, unitId, oneTime, mustChangePassword: password is null);
        return new ProvisionedUser(user, oneTime);
    }

    /// <summary>
    /// Creates the same account without any usable password: its holder sets one through an
    /// invitation link, so whoever created it never learns a credential of it. With
    /// <paramref name="requestedBy"/> a privileged role is only requested, pending a second
    /// person's confirmation.
    /// </summary>
    public Task<AppUser> CreateWithoutPasswordAsync(string email, string? displayName, string role, Guid? organizationId, Guid? unitId, Guid? requestedBy = null) =>
        CreateCoreAsync(email, displayName, role, organizationId, unitId, password: null, mustChangePassword: false, requestedBy);

    private async Task<AppUser> CreateCoreAsync(string email, string? displayName, string role, Guid? organizationId, Guid? unitId, string? password, bool mustChangePassword,
        Guid? requestedBy = null)
    {
        if (role != Roles.DeploymentAdministrator && !Roles.All.Contains(role))
        {
            throw new InvalidOperationException($"Невідома роль «{role}». Можливі: {string.Join(", ", Roles.All)}, {Roles.DeploymentAdministrator}.");
        }

        if (role != Roles.DeploymentAdministrator && organizationId is null)
        {
            throw new InvalidOperationException("Роль надається в організації: вкажіть організацію.");
        }

        if (unitId is { } u && !await db.OrgUnits.AnyAsync(x => x.Id == u && x.OrganizationId == organizationId))
        {
            throw new InvalidOperationException("Підрозділ не належить цій організації.");
        }

        await EnsureRolesAsync();
        var user = new AppUser(email.Trim(), string.IsNullOrWhiteSpace(displayName) ? email.Trim() : displayName.Trim(), time.GetUtcNow().UtcDateTime)
        {
            MustChangePassword = mustChangePassword,
        };
        user.CurrentOrganizationId = organizationId;
        Check(password is null ? await users.CreateAsync(user) : await users.CreateAsync(user, password));
        if (role == Roles.DeploymentAdministrator)
        {
            Check(await users.AddToRoleAsync(user, role));
        }
        else if (requestedBy is { } requester && Roles.NeedConfirmation.Contains(role))
        {
            await new RoleGrantWorkflow(db, time, users).RequestAsync(user.Id, organizationId!.Value, role, requester);
        }
        else
        {
            db.Memberships.Add(new Membership(user.Id, organizationId!.Value, role));
        }

        if (unitId is { } unit)
        {
            db.UserUnits.Add(new UserUnit(user.Id, unit));
        }

        await db.SaveChangesAsync();
        return user;
    }

    private static void Check(IdentityResult result)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException(string.Join(" ", result.Errors.Select(e => e.Description)));
        }
    }
}
