using AntiCor.Core.Data;
using AntiCor.Core.Data.Configurations;
using AntiCor.Core.Registers;
using AntiCor.Core.Reporting;
using AntiCor.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace AntiCor.Web.Features.Registers.Conflicts;

/// <summary>
/// Records a notification of a conflict of interest and its settlement. The due date is two
/// working days after the notification on the deployment's calendar of public holidays (the
/// reporting calendar's); a settlement dated before the notification is refused, nothing saved.
/// </summary>
[Authorize(Policy = Policies.RegisterEntry)]
public sealed class EditModel(AppDbContext db, RegisterAccess access, CurrentUser currentUser, TimeProvider time) : RegisterEditModel<ConflictOfInterest>(db, access, currentUser)
{
    public sealed class InputModel
    {
        public int Version { get; set; }
        public Guid? OrgUnitId { get; set; }
        public string? PersonName { get; set; }
        public ConflictKind Kind { get; set; }
        public string? Description { get; set; }
        public string? NotifiedOn { get; set; }
        public string? SettlementDecision { get; set; }
        public string? SettledOn { get; set; }
        public string? Outcome { get; set; }
    }

    [BindProperty]
    public InputModel Input { get; set; } = new();

    public bool SeesNames => Access.SeesNames;

    public async Task<IActionResult> OnGetAsync(Guid? id, CancellationToken cancellationToken)
    {
        if (await LoadAsync(id, cancellationToken) is { } refusal)
        {
            return refusal;
        }

        if (Entry is { } c)
        {
            Input = new InputModel
            {
                Version = c.Version,
                OrgUnitId = c.OrgUnitId,
                PersonName = Access.SeesNames ? c.PersonName : null,
                Kind = c.Kind,
                Description = c.Description,
                NotifiedOn = RegisterDate.Format(c.NotifiedOn),
                SettlementDecision = c.SettlementDecision,
                SettledOn = RegisterDate.Format(c.SettledOn),
                Outcome = c.Outcome,
            };
        }

        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid? id, CancellationToken cancellationToken)
    {
        if (await LoadAsync(id, cancellationToken) is { } refusal)
        {
            return refusal;
        }

        var unitId = ChosenUnit(Input.OrgUnitId);

        var name = string.IsNullOrWhiteSpace(Input.PersonName) && Entry is { } kept && !Access.SeesNames ? kept.PersonName : Input.PersonName;
        RegisterForm.CheckText(ModelState, name, "Input.PersonName", Limits.Name);
        RegisterForm.CheckText(ModelState, Input.Description, "Input.Description", Limits.Text);
        RegisterForm.CheckText(ModelState, Input.SettlementDecision, "Input.SettlementDecision", Limits.Text, required: false);
        RegisterForm.CheckText(ModelState, Input.Outcome, "Input.Outcome", Limits.Text, required: false);
        if (!RegisterDate.TryParse(Input.NotifiedOn, out var notified))
        {
            ModelState.AddModelError("Input.NotifiedOn", RegistersText.DateInvalid);
        }

        if (!RegisterDate.TryParseOptional(Input.SettledOn, out var settled))
        {
            ModelState.AddModelError("Input.SettledOn", RegistersText.DateInvalid);
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var saved = await RegisterForm.SaveAsync(Db, ModelState, async () =>
        {
            var conflict = Entry ?? new ConflictOfInterest(OrganizationId, unitId!.Value);
            if (Entry is not null)
            {
                Db.ExpectVersion(conflict, Input.Version);
            }

            conflict.Edit(unitId!.Value, name!, Input.Kind, Input.Description!, notified, Input.SettlementDecision, settled, Input.Outcome,
                await new ReportingSchedule(Db, time).DaysOffAsync(cancellationToken));
            if (Entry is null)
            {
                Db.ConflictsOfInterest.Add(conflict);
            }
        }, cancellationToken);
        if (!saved)
        {
            return Page();
        }

        Notice = RegistersText.Saved;
        return Redirect("/registers/conflicts");
    }

    protected override async Task<ConflictOfInterest?> FindAsync(Guid id, IReadOnlyList<Guid>? units, CancellationToken cancellationToken) =>
        await Db.ConflictsOfInterest.FirstOrDefaultAsync(c => c.Id == id && (units == null || units.Contains(c.OrgUnitId)), cancellationToken);

    protected override Guid UnitOf(ConflictOfInterest entry) => entry.OrgUnitId;
}
