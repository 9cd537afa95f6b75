using AntiCor.Core.Data;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace AntiCor.Web.Features.Admin.Users;

public sealed class IndexModel(AppDbContext db, TimeProvider time) : PageModel
{
    public sealed record Row(Guid Id, string Email, string DisplayName, IReadOnlyList<string> Roles, int Units, bool Locked, bool TwoFactor);

    public IReadOnlyList<Row> Users { get; private set; } = [];

    public async Task OnGetAsync()
    {
        var now = time.GetUtcNow();
        var users = await db.Users.AsNoTracking().OrderBy(u => u.Email)
            .Select(u => new { u.Id, u.Email, u.DisplayName, u.LockoutEnd, u.TwoFactorEnabled })
            .ToListAsync();
        var roles = await db.UserRoles.Join(db.Roles, ur => ur.RoleId, r => r.Id, (ur, r) => new { ur.UserId, r.Name }).ToListAsync();
        var units = await db.UserUnits.GroupBy(x => x.UserId).Select(g => new { g.Key, Count = g.Count() }).ToListAsync();
        Users = [.. users.Select(u => new Row(
            u.Id, u.Email ?? "", u.DisplayName,
            [.. roles.Where(r => r.UserId == u.Id).Select(r => r.Name!).Order()],
            units.FirstOrDefault(x => x.Key == u.Id)?.Count ?? 0,
            u.LockoutEnd > now, u.TwoFactorEnabled))];
    }
}
