using AntiCor.Core.Data;
using AntiCor.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace AntiCor.Web.Features.Admin.Users;

/// <summary>The users of the administrator's organisation: everyone with a role in it.</summary>
public sealed class IndexModel(AppDbContext db, TimeProvider time, CurrentUser currentUser) : PageModel
{
    public sealed record Row(Guid Id, string Email, string DisplayName, IReadOnlyList<string> Roles, int Units, bool Locked, bool TwoFactor);

    public IReadOnlyList<Row> Users { get; private set; } = [];

    public async Task OnGetAsync()
    {
        var now = time.GetUtcNow();
        var organization = currentUser.OrganizationId;
        var members = db.Memberships.Where(m => m.OrganizationId == organization);
        var users = await db.Users.AsNoTracking().Where(u => members.Any(m => m.UserId == u.Id)).OrderBy(u => u.Email)
            .Select(u => new { u.Id, u.Email, u.DisplayName, u.LockoutEnd, u.TwoFactorEnabled })
            .ToListAsync();
        var roles = await members.Select(m => new { m.UserId, Name = m.Role }).ToListAsync();
        var units = await db.UserUnits.Where(x => db.OrgUnits.Any(u => u.Id == x.OrgUnitId))
            .GroupBy(x => x.UserId).Select(g => new { g.Key, Count = g.Count() }).ToListAsync();
        Users = [.. users.Select(u => new Row(
            u.Id, u.Email ?? "", u.DisplayName,
            [.. roles.Where(r => r.UserId == u.Id).Select(r => r.Name!).Order()],
            units.FirstOrDefault(x => x.Key == u.Id)?.Count ?? 0,
            u.LockoutEnd > now, u.TwoFactorEnabled))];
    }
}
