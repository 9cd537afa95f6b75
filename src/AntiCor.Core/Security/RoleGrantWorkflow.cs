using System.Text.Json;
using AntiCor.Core.Audit;
using AntiCor.Core.Data;
using AntiCor.Core.Domain;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace AntiCor.Core.Security;

/// <summary>
/// Requests and decisions on privileged roles. The second person is the organisation's Head; for
/// the first Head (an organisation without one) another administrator. Both steps are audited on
/// the grantee's account; a confirmed role is a role change, so it ends the grantee's sessions.
/// </summary>
public sealed class RoleGrantWorkflow(AppDbContext db, TimeProvider time, UserManager<AppUser> users)
{
    public const string NotEntitled = "Підтверджує керівник організації, а поки його немає — інший адміністратор.";

    /// <summary>Adds a pending grant (saved with the caller's change); nothing when the same one is already pending.</summary>
    public async Task RequestAsync(Guid userId, Guid organizationId, string role, Guid requestedBy)
    {
        if (await db.RoleGrants.AnyAsync(g => g.UserId == userId && g.OrganizationId == organizationId && g.Role == role && g.State == RoleGrantState.Pending))
        {
            return;
        }

        db.RoleGrants.Add(new RoleGrant(userId, organizationId, role, requestedBy, time.GetUtcNow().UtcDateTime));
        Record(AuditActions.GrantRequested, userId, organizationId, role);
    }

    /// <summary>Whether the person may decide grants of the organisation at all.</summary>
    public async Task<bool> MayDecideAsync(Guid deciderId, Guid organizationId)
    {
        var held = await db.Memberships.Where(m => m.OrganizationId == organizationId && m.UserId == deciderId).Select(m => m.Role).ToListAsync();
        if (held.Contains(Roles.Head))
        {
            return true;
        }

        return held.Contains(Roles.Administrator) && !await db.Memberships.AnyAsync(m => m.OrganizationId == organizationId && m.Role == Roles.Head);
    }

    /// <summary>Confirms (a membership is created) or refuses a pending grant; throws <see cref="DomainException"/> when the decider may not.</summary>
    public async Task DecideAsync(Guid grantId, Guid organizationId, Guid deciderId, bool confirm)
    {
        var grant = await db.RoleGrants.SingleOrDefaultAsync(g => g.Id == grantId && g.OrganizationId == organizationId)
            ?? throw new DomainException("Запит не знайдено.");
        if (!await MayDecideAsync(deciderId, organizationId))
        {
            throw new DomainException(NotEntitled);
        }

        var now = time.GetUtcNow().UtcDateTime;
        if (confirm)
        {
            var membership = grant.Confirm(deciderId, now);
            if (!await db.Memberships.AnyAsync(m => m.UserId == grant.UserId && m.OrganizationId == organizationId && m.Role == grant.Role))
            {
                db.Memberships.Add(membership);
            }
        }
        else
        {
            grant.Refuse(deciderId, now);
        }

        Record(confirm ? AuditActions.GrantConfirmed : AuditActions.GrantRefused, grant.UserId, organizationId, grant.Role);
        await db.SaveChangesAsync();
        if (confirm && await users.FindByIdAsync(grant.UserId.ToString()) is { } grantee)
        {
            // As every role change (issue 8 item 2): cookies issued before it stop working at once.
            await users.UpdateSecurityStampAsync(grantee);
        }
    }

    private void Record(string action, Guid userId, Guid organizationId, string role) =>
        db.RecordAudit(new AuditEvent(action, nameof(AppUser), userId.ToString(), JsonSerializer.Serialize(new { role })) { OrganizationId = organizationId });
}
