using System.Security.Claims;
using System.Text.Json;
using AntiCor.Core.Audit;
using AntiCor.Core.Data;
using AntiCor.Core.Security;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace AntiCor.Web.Features.Admin.Users;

/// <summary>
/// An organisation administrator's changes to the accounts of their organisation: roles are
/// memberships in it, units are its units, and a user of no membership there is not found.
/// Every role and unit change is recorded as <see cref="AuditActions.RoleChanged"/> with the sets
/// before and after; nobody changes their own roles. A privileged role is only requested here: it
/// waits for a second person's confirmation (<see cref="RoleGrantWorkflow"/>).
/// </summary>
public sealed class UserAdministration(UserManager<AppUser> users, AppDbContext db, Guid organizationId, RoleGrantWorkflow grants)
{
    public static string NotInOrganization => UsersText.NotInOrganization;

    /// <summary>Whether the user belongs to the organisation: a membership, or a role requested for them there.</summary>
    public static async Task<bool> IsMemberAsync(AppDbContext db, Guid organizationId, Guid userId) =>
        await db.Memberships.AnyAsync(m => m.UserId == userId && m.OrganizationId == organizationId)
        || await db.RoleGrants.AnyAsync(g => g.UserId == userId && g.OrganizationId == organizationId && g.State == RoleGrantState.Pending);

    public static string SelfChangeRefused => UsersText.SelfChangeRefused;

    private static readonly JsonSerializerOptions Readable = new()
    {
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.Create(System.Text.Unicode.UnicodeRanges.All),
    };

    /// <summary>An error text, or null when done.</summary>
    public async Task<string?> ChangeRoleAsync(ClaimsPrincipal actor, Guid userId, string role, bool grant)
    {
        if (IsSelf(actor, userId))
        {
            return SelfChangeRefused;
        }

        if (!Roles.All.Contains(role))
        {
            return UsersText.UnknownRole(role);
        }

        var user = await users.FindByIdAsync(userId.ToString());
        if (user is null || !await IsMemberAsync(db, organizationId, userId))
        {
            return NotInOrganization;
        }

        var held = await db.Memberships.Where(m => m.UserId == userId && m.OrganizationId == organizationId).ToListAsync();
        var before = held.Select(m => m.Role).Order().ToList();
        if (before.Contains(role) == grant)
        {
            return null;
        }

        if (grant && Roles.NeedConfirmation.Contains(role))
        {
            await grants.RequestAsync(userId, organizationId, role, Guid.Parse(actor.FindFirstValue(ClaimTypes.NameIdentifier)!));
            await db.SaveChangesAsync();
            return null;
        }

        if (grant)
        {
            db.Memberships.Add(new Membership(userId, organizationId, role));
        }
        else if (held.Count == 1)
        {
            return UsersText.LastRole;
        }
        else
        {
            db.Memberships.Remove(held.Single(m => m.Role == role));
        }

        var after = grant ? [.. before, role] : before.Where(r => r != role).ToList();
        db.RecordAudit(new AuditEvent(AuditActions.RoleChanged, nameof(AppUser), user.Id.ToString(),
            JsonSerializer.Serialize(new { roles = new { from = before, to = after.Order().ToList() } }, Readable)) { OrganizationId = organizationId });
        await db.SaveChangesAsync();
        await users.UpdateSecurityStampAsync(user);
        return null;
    }

    public async Task<string?> ChangeUnitAsync(ClaimsPrincipal actor, Guid userId, Guid unitId, bool bind)
    {
        if (IsSelf(actor, userId))
        {
            return SelfChangeRefused;
        }

        if (!await IsMemberAsync(db, organizationId, userId))
        {
            return NotInOrganization;
        }

        if (!await db.OrgUnits.AnyAsync(u => u.Id == unitId && u.OrganizationId == organizationId))
        {
            return UsersText.UnitNotFound;
        }

        var before = await db.UserUnits.Where(x => x.UserId == userId).Select(x => x.OrgUnitId).ToListAsync();
        if (before.Contains(unitId) == bind)
        {
            return null;
        }

        var after = bind ? [.. before, unitId] : before.Where(u => u != unitId).ToList();
        if (bind)
        {
            db.UserUnits.Add(new UserUnit(userId, unitId));
        }
        else
        {
            db.UserUnits.Remove(await db.UserUnits.SingleAsync(x => x.UserId == userId && x.OrgUnitId == unitId));
        }

        db.RecordAudit(new AuditEvent(AuditActions.RoleChanged, nameof(AppUser), userId.ToString(),
            JsonSerializer.Serialize(new { units = new { from = before.Order().ToList(), to = after.Order().ToList() } }, Readable)) { OrganizationId = organizationId });
        await db.SaveChangesAsync();
        return null;
    }

    public async Task<string?> SetLockedAsync(ClaimsPrincipal actor, Guid userId, bool locked)
    {
        if (IsSelf(actor, userId))
        {
            return UsersText.SelfLockRefused;
        }

        var user = await users.FindByIdAsync(userId.ToString());
        if (user is null || !await IsMemberAsync(db, organizationId, userId))
        {
            return NotInOrganization;
        }

        await users.SetLockoutEnabledAsync(user, true);
        await users.SetLockoutEndDateAsync(user, locked ? DateTimeOffset.MaxValue : null);
        if (!locked)
        {
            await users.ResetAccessFailedCountAsync(user);
        }

        await users.UpdateSecurityStampAsync(user);
        return null;
    }

    private static bool IsSelf(ClaimsPrincipal actor, Guid userId) =>
        actor.FindFirstValue(ClaimTypes.NameIdentifier) == userId.ToString();
}
