using AntiCor.Core.Data;
using AntiCor.Core.Domain;
using AntiCor.Core.Reporting;
using AntiCor.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace AntiCor.Web.Features.ReportingSetup;

/// <summary>
/// The members of an executor group ("виконавчі органи" → the executive bodies): a measure given
/// to the group obliges each member, so every change re-plans the organisation's programmes in
/// the same transaction.
/// </summary>
[Authorize(Policies.ReportReview)]
public sealed class MembersModel(AppDbContext db, TimeProvider time) : PageModel
{
    public sealed record UnitRow(Guid Id, string Name);

    [BindProperty]
    public Guid MemberId { get; set; }

    public string Name { get; private set; } = "";
    public bool IsGroup { get; private set; }
    public IReadOnlyList<UnitRow> Current { get; private set; } = [];
    public IReadOnlyList<UnitRow> Candidates { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken) =>
        await LoadAsync(id, cancellationToken) ? Page() : NotFound();

    public Task<IActionResult> OnPostAddAsync(Guid id, CancellationToken cancellationToken) =>
        ChangeAsync(id, async group =>
        {
            var unit = await db.OrgUnits.SingleOrDefaultAsync(u => u.Id == MemberId, cancellationToken)
                ?? throw new DomainException(SetupText.UnitNotFound);
            if (await db.GroupMembers.AnyAsync(g => g.GroupId == group.Id && g.MemberId == unit.Id, cancellationToken))
            {
                throw new DomainException(SetupText.AlreadyMember);
            }

            db.GroupMembers.Add(new GroupMember(group, unit));
        }, cancellationToken);

    /// <summary>Every unit of the organisation not yet in the group: "виконавчі органи" is usually all of them.</summary>
    public Task<IActionResult> OnPostAddAllAsync(Guid id, CancellationToken cancellationToken) =>
        ChangeAsync(id, async group =>
        {
            var units = await db.OrgUnits
                .Where(u => u.Kind == ExecutorKind.Unit && !db.GroupMembers.Any(g => g.GroupId == group.Id && g.MemberId == u.Id))
                .ToListAsync(cancellationToken);
            db.GroupMembers.AddRange(units.Select(u => new GroupMember(group, u)));
        }, cancellationToken);

    public Task<IActionResult> OnPostRemoveAsync(Guid id, CancellationToken cancellationToken) =>
        ChangeAsync(id, async group =>
        {
            var member = await db.GroupMembers.SingleOrDefaultAsync(g => g.GroupId == group.Id && g.MemberId == MemberId, cancellationToken)
                ?? throw new DomainException(SetupText.NotAMember);
            db.GroupMembers.Remove(member);
        }, cancellationToken);

    private async Task<IActionResult> ChangeAsync(Guid id, Func<OrgUnit, Task> change, CancellationToken cancellationToken)
    {
        var group = await db.OrgUnits.SingleOrDefaultAsync(u => u.Id == id, cancellationToken);
        if (group is null)
        {
            return NotFound();
        }

        try
        {
            if (group.Kind != ExecutorKind.Group)
            {
                throw new DomainException(SetupText.NotAGroup);
            }

            await change(group);
            var programmes = await db.Programmes.Select(p => p.Id).ToListAsync(cancellationToken);
            await Replanning.SaveAsync(db, time, programmes, cancellationToken);
            return Redirect($"/units/{id}/members");
        }
        catch (DomainException e)
        {
            ModelState.AddModelError(string.Empty, e.Message);
            db.ChangeTracker.Clear();
            await LoadAsync(id, cancellationToken);
            return Page();
        }
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        var unit = await db.OrgUnits.AsNoTracking().Where(u => u.Id == id).Select(u => new { u.Name, u.Kind }).SingleOrDefaultAsync(cancellationToken);
        if (unit is null)
        {
            return false;
        }

        Name = unit.Name;
        IsGroup = unit.Kind == ExecutorKind.Group;
        if (IsGroup)
        {
            Current = await db.GroupMembers.AsNoTracking().Where(g => g.GroupId == id)
                .Join(db.OrgUnits, g => g.MemberId, u => u.Id, (g, u) => u)
                .OrderBy(u => u.Name).Select(u => new UnitRow(u.Id, u.Name)).ToListAsync(cancellationToken);
            Candidates = await db.OrgUnits.AsNoTracking()
                .Where(u => u.Kind == ExecutorKind.Unit && !db.GroupMembers.Any(g => g.GroupId == id && g.MemberId == u.Id))
                .OrderBy(u => u.Name).Select(u => new UnitRow(u.Id, u.Name)).ToListAsync(cancellationToken);
        }

        return true;
    }
}
