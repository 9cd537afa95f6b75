using AntiCor.Core.Data;
using AntiCor.Core.Data.Configurations;
using AntiCor.Core.Domain;
using AntiCor.Core.Registers;
using AntiCor.Core.Reporting;
using AntiCor.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace AntiCor.Web.Features.Registers.Conflicts;

/// <summary>
/// Records a notification of a conflict of interest and its settlement. The due date is two
/// working days after the notification on the deployment's calendar of public holidays (the
/// reporting calendar's); a settlement dated before the notification is refused, nothing saved.
/// </summary>
[Authorize(Policy = Policies.RegisterEntry)]
public sealed class EditModel(AppDbContext db, RegisterAccess access, CurrentUser currentUser, TimeProvider time) : PageModel
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

    public Guid? Id { get; private set; }

    public IReadOnlyList<UnitOption> Units { get; private set; } = [];

    public bool SeesNames => access.SeesNames;

    public ConflictOfInterest? Entry { get; private set; }

    [TempData]
    public string? Notice { get; set; }

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
                PersonName = access.SeesNames ? c.PersonName : null,
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

        var unitId = Input.OrgUnitId is { } u && Units.Any(x => x.Id == u) ? u : (Guid?)null;
        if (unitId is null)
        {
            ModelState.AddModelError("Input.OrgUnitId", RegistersText.UnitRequired);
        }

        var name = string.IsNullOrWhiteSpace(Input.PersonName) && Entry is { } kept && !access.SeesNames ? kept.PersonName : Input.PersonName;
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

        var saved = await RegisterForm.SaveAsync(db, ModelState, async () =>
        {
            var conflict = Entry ?? new ConflictOfInterest(OrganizationId, unitId!.Value);
            if (Entry is not null)
            {
                db.ExpectVersion(conflict, Input.Version);
            }

            conflict.Edit(unitId!.Value, name!, Input.Kind, Input.Description!, notified, Input.SettlementDecision, settled, Input.Outcome,
                await new ReportingSchedule(db, time).DaysOffAsync(cancellationToken));
            if (Entry is null)
            {
                db.ConflictsOfInterest.Add(conflict);
            }
        }, cancellationToken);
        if (!saved)
        {
            return Page();
        }

        Notice = RegistersText.Saved;
        return Redirect("/registers/conflicts");
    }


    private Guid OrganizationId => currentUser.OrganizationId ?? throw new DomainException(RegistersText.NotFound);

    private async Task<IActionResult?> LoadAsync(Guid? id, CancellationToken cancellationToken)
    {
        Id = id;
        var units = await access.UnitsAsync(cancellationToken);
        Entry = id is { } entryId ? await db.ConflictsOfInterest.FirstOrDefaultAsync(c => c.Id == entryId && (units == null || units.Contains(c.OrgUnitId)), cancellationToken) : null;
        if (await access.RefusalAsync(id, Entry?.OrgUnitId, cancellationToken) is { } refusal)
        {
            return refusal;
        }

        Units = await access.FormUnitsAsync(db, cancellationToken);
        return null;
    }
}
