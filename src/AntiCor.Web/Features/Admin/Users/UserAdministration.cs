using System.Security.Claims;
using System.Text.Json;
using AntiCor.Core.Audit;
using AntiCor.Core.Data;
using AntiCor.Core.Security;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace AntiCor.Web.Features.Admin.Users;

/// <summary>
/// An administrator's changes to accounts. Every role and unit change is recorded as
/// <see cref="AuditActions.RoleChanged"/> with the sets before and after; nobody changes their own roles.
/// </summary>
public sealed class UserAdministration(UserManager<AppUser> users, AppDbContext db)
{
    public const string SelfChangeRefused = "Власні ролі та підрозділи змінювати не можна: попросіть іншого адміністратора.";

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
            return $"Невідома роль «{role}».";
        }

        var user = await users.FindByIdAsync(userId.ToString());
        if (user is null)
        {
            return "Користувача не знайдено.";
        }

        var before = (await users.GetRolesAsync(user)).Order().ToList();
        if (before.Contains(role) == grant)
        {
            return null;
        }

        var after = grant ? [.. before, role] : before.Where(r => r != role).ToList();
        db.RecordAudit(new AuditEvent(AuditActions.RoleChanged, nameof(AppUser), user.Id.ToString(),
            JsonSerializer.Serialize(new { roles = new { from = before, to = after.Order().ToList() } }, Readable)));
        var result = grant ? await users.AddToRoleAsync(user, role) : await users.RemoveFromRoleAsync(user, role);
        if (!result.Succeeded)
        {
            return string.Join(" ", result.Errors.Select(e => e.Description));
        }

        await users.UpdateSecurityStampAsync(user);
        return null;
    }

    public async Task<string?> ChangeUnitAsync(ClaimsPrincipal actor, Guid userId, Guid unitId, bool bind)
    {
        if (IsSelf(actor, userId))
        {
            return SelfChangeRefused;
        }

        if (!await db.Users.AnyAsync(u => u.Id == userId))
        {
            return "Користувача не знайдено.";
        }

        if (!await db.OrgUnits.AnyAsync(u => u.Id == unitId))
        {
            return "Підрозділ не знайдено.";
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
            JsonSerializer.Serialize(new { units = new { from = before.Order().ToList(), to = after.Order().ToList() } }, Readable)));
        await db.SaveChangesAsync();
        return null;
    }

    public async Task<string?> SetLockedAsync(ClaimsPrincipal actor, Guid userId, bool locked)
    {
        if (IsSelf(actor, userId))
        {
            return "Власний обліковий запис заблокувати не можна.";
        }

        var user = await users.FindByIdAsync(userId.ToString());
        if (user is null)
        {
            return "Користувача не знайдено.";
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
