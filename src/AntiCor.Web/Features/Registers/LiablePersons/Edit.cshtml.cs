using AntiCor.Core.Data;
using AntiCor.Core.Data.Configurations;
using AntiCor.Core.Registers;
using AntiCor.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace AntiCor.Web.Features.Registers.LiablePersons;

/// <summary>Records an official held liable: the offence, the decision or order and its date, the measures taken. A decision dated before the offence is refused, nothing saved.</summary>
[Authorize(Policy = Policies.RegisterEntry)]
public sealed class EditModel(AppDbContext db, RegisterAccess access, CurrentUser currentUser) : RegisterEditModel<LiablePerson>(db, access, currentUser)
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

    public bool SeesNames => Access.SeesNames;

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
                PersonName = Access.SeesNames ? l.PersonName : null,
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

        var unitId = ChosenUnit(Input.OrgUnitId);

        var name = string.IsNullOrWhiteSpace(Input.PersonName) && Entry is { } kept && !Access.SeesNames ? kept.PersonName : Input.PersonName;
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

        var saved = await RegisterForm.SaveAsync(Db, ModelState, () =>
        {
            var person = Entry ?? new LiablePerson(OrganizationId, unitId!.Value);
            if (Entry is not null)
            {
                Db.ExpectVersion(person, Input.Version);
            }

            person.Edit(unitId!.Value, name!, Input.Position!, Input.Offence!, offenceOn, Input.DecisionKind, Input.Decision!, decisionOn,
                Input.Dismissed, Input.CausesReviewed, Input.MeasuresTaken);
            if (Entry is null)
            {
                Db.LiablePersons.Add(person);
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

    protected override async Task<LiablePerson?> FindAsync(Guid id, IReadOnlyList<Guid>? units, CancellationToken cancellationToken) =>
        await Db.LiablePersons.FirstOrDefaultAsync(l => l.Id == id && (units == null || units.Contains(l.OrgUnitId)), cancellationToken);

    protected override Guid UnitOf(LiablePerson entry) => entry.OrgUnitId;
}
