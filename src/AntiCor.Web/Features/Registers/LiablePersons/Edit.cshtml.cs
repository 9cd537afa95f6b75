using AntiCor.Core.Data;
using AntiCor.Core.Data.Configurations;
using AntiCor.Core.Domain;
using AntiCor.Core.Registers;
using AntiCor.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace AntiCor.Web.Features.Registers.LiablePersons;

/// <summary>Records an official held liable: the offence, the decision or order and its date, the measures taken. A decision dated before the offence is refused, nothing saved.</summary>
[Authorize(Policy = Policies.RegisterEntry)]
public sealed class EditModel(AppDbContext db, RegisterAccess access, CurrentUser currentUser) : PageModel
{
    public sealed class InputModel
    {
        public int Version { get; set; }
        public Guid? OrgUnitId { get; set; }
        public string? PersonName { get; set; }
        public string? Position { get; set; }
        public string? Offence { get; set; }
        public string? OffenceOn { get; set; }
        public LiabilityDecisionKind DecisionKind { get; set; }
        public string? Decision { get; set; }
        public string? DecisionOn { get; set; }
        public bool Dismissed { get; set; }
        public bool CausesReviewed { get; set; }
        public string? MeasuresTaken { get; set; }
    }

    [BindProperty]
    public InputModel Input { get; set; } = new();

    public Guid? Id { get; private set; }

    public IReadOnlyList<UnitOption> Units { get; private set; } = [];

    public bool SeesNames => access.SeesNames;

    public LiablePerson? Entry { get; private set; }

    [TempData]
    public string? Notice { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid? id, CancellationToken cancellationToken)
    {
        if (await LoadAsync(id, cancellationToken) is { } refusal)
        {
            return refusal;
        }

        if (Entry is { } l)
        {
            Input = new InputModel
            {
                Version = l.Version,
                OrgUnitId = l.OrgUnitId,
                PersonName = access.SeesNames ? l.PersonName : null,
                Position = l.Position,
                Offence = l.Offence,
                OffenceOn = RegisterDate.Format(l.OffenceOn),
                DecisionKind = l.DecisionKind,
                Decision = l.Decision,
                DecisionOn = RegisterDate.Format(l.DecisionOn),
                Dismissed = l.Dismissed,
                CausesReviewed = l.CausesReviewed,
                MeasuresTaken = l.MeasuresTaken,
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
        RegisterForm.CheckText(ModelState, Input.Position, "Input.Position", Limits.Name);
        RegisterForm.CheckText(ModelState, Input.Offence, "Input.Offence", Limits.Title);
        RegisterForm.CheckText(ModelState, Input.Decision, "Input.Decision", Limits.Title);
        RegisterForm.CheckText(ModelState, Input.MeasuresTaken, "Input.MeasuresTaken", Limits.Text, required: false);
        if (!RegisterDate.TryParseOptional(Input.OffenceOn, out var offenceOn))
        {
            ModelState.AddModelError("Input.OffenceOn", RegistersText.DateInvalid);
        }

        if (!RegisterDate.TryParse(Input.DecisionOn, out var decisionOn))
        {
            ModelState.AddModelError("Input.DecisionOn", RegistersText.DateInvalid);
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var saved = await RegisterForm.SaveAsync(db, ModelState, () =>
        {
            var person = Entry ?? new LiablePerson(OrganizationId, unitId!.Value);
            if (Entry is not null)
            {
                db.ExpectVersion(person, Input.Version);
            }

            person.Edit(unitId!.Value, name!, Input.Position!, Input.Offence!, offenceOn, Input.DecisionKind, Input.Decision!, decisionOn,
                Input.Dismissed, Input.CausesReviewed, Input.MeasuresTaken);
            if (Entry is null)
            {
                db.LiablePersons.Add(person);
            }

            return Task.CompletedTask;
        }, cancellationToken);
        if (!saved)
        {
            return Page();
        }

        Notice = RegistersText.Saved;
        return Redirect("/registers/liable-persons");
    }

    private Guid OrganizationId => currentUser.OrganizationId ?? throw new DomainException(RegistersText.NotFound);

    private async Task<IActionResult?> LoadAsync(Guid? id, CancellationToken cancellationToken)
    {
        Id = id;
        var units = await access.UnitsAsync(cancellationToken);
        Entry = id is { } entryId ? await db.LiablePersons.FirstOrDefaultAsync(l => l.Id == entryId && (units == null || units.Contains(l.OrgUnitId)), cancellationToken) : null;
        if (await access.RefusalAsync(id, Entry?.OrgUnitId, cancellationToken) is { } refusal)
        {
            return refusal;
        }

        Units = await access.FormUnitsAsync(db, cancellationToken);
        return null;
    }
}
