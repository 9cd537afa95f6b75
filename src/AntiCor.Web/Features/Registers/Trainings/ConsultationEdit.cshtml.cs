using AntiCor.Core.Data;
using AntiCor.Core.Data.Configurations;
using AntiCor.Core.Registers;
using AntiCor.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace AntiCor.Web.Features.Registers.Trainings;

/// <summary>A consultation: the unit's question and the answer given. An answer dated before the question is refused, nothing saved.</summary>
[Authorize(Policy = Policies.RegisterEntry)]
public sealed class ConsultationEditModel(AppDbContext db, RegisterAccess access, CurrentUser currentUser) : RegisterEditModel<Consultation>(db, access, currentUser)
{
    public sealed class InputModel
    {
        public int Version { get; set; }
        public Guid? OrgUnitId { get; set; }
        public string? PersonName { get; set; }
        public string? AskedOn { get; set; }
        public string? Question { get; set; }
        public string? Answer { get; set; }
        public string? AnsweredOn { get; set; }
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
                AskedOn = RegisterDate.Format(c.AskedOn),
                Question = c.Question,
                Answer = c.Answer,
                AnsweredOn = RegisterDate.Format(c.AnsweredOn),
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
        RegisterForm.CheckText(ModelState, name, "Input.PersonName", Limits.Name, required: false);
        RegisterForm.CheckText(ModelState, Input.Question, "Input.Question", Limits.Text);
        RegisterForm.CheckText(ModelState, Input.Answer, "Input.Answer", Limits.Text, required: false);
        if (!RegisterDate.TryParse(Input.AskedOn, out var asked))
        {
            ModelState.AddModelError("Input.AskedOn", RegistersText.DateInvalid);
        }

        if (!RegisterDate.TryParseOptional(Input.AnsweredOn, out var answered))
        {
            ModelState.AddModelError("Input.AnsweredOn", RegistersText.DateInvalid);
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var saved = await RegisterForm.SaveAsync(Db, ModelState, () =>
        {
            var consultation = Entry ?? new Consultation(OrganizationId, unitId!.Value);
            if (Entry is not null)
            {
                Db.ExpectVersion(consultation, Input.Version);
            }

            consultation.Edit(unitId!.Value, name, asked, Input.Question!, Input.Answer, answered);
            if (Entry is null)
            {
                Db.Consultations.Add(consultation);
            }

            return Task.CompletedTask;
        }, cancellationToken);
        if (!saved)
        {
            return Page();
        }

        Notice = RegistersText.Saved;
        return Redirect("/registers/trainings/consultations");
    }

    protected override async Task<Consultation?> FindAsync(Guid id, IReadOnlyList<Guid>? units, CancellationToken cancellationToken) =>
        await Db.Consultations.FirstOrDefaultAsync(c => c.Id == id && (units == null || units.Contains(c.OrgUnitId)), cancellationToken);

    protected override Guid UnitOf(Consultation entry) => entry.OrgUnitId;
}
