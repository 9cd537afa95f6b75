using AntiCor.Core.Data;
using AntiCor.Core.Data.Configurations;
using AntiCor.Core.Domain;
using AntiCor.Core.Registers;
using AntiCor.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace AntiCor.Web.Features.Registers.Trainings;

/// <summary>A consultation: the unit's question and the answer given. An answer dated before the question is refused, nothing saved.</summary>
[Authorize(Policy = Policies.RegisterEntry)]
public sealed class ConsultationEditModel(AppDbContext db, RegisterAccess access, CurrentUser currentUser) : PageModel
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

    public Guid? Id { get; private set; }

    public IReadOnlyList<UnitOption> Units { get; private set; } = [];

    public bool SeesNames => access.SeesNames;

    public Consultation? Entry { get; private set; }

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

        var unitId = Input.OrgUnitId is { } u && Units.Any(x => x.Id == u) ? u : (Guid?)null;
        if (unitId is null)
        {
            ModelState.AddModelError("Input.OrgUnitId", RegistersText.UnitRequired);
        }

        var name = string.IsNullOrWhiteSpace(Input.PersonName) && Entry is { } kept && !access.SeesNames ? kept.PersonName : Input.PersonName;
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

        var saved = await RegisterForm.SaveAsync(db, ModelState, () =>
        {
            var consultation = Entry ?? new Consultation(OrganizationId, unitId!.Value);
            if (Entry is not null)
            {
                db.ExpectVersion(consultation, Input.Version);
            }

            consultation.Edit(unitId!.Value, name, asked, Input.Question!, Input.Answer, answered);
            if (Entry is null)
            {
                db.Consultations.Add(consultation);
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

    private Guid OrganizationId => currentUser.OrganizationId ?? throw new DomainException(RegistersText.NotFound);

    private async Task<IActionResult?> LoadAsync(Guid? id, CancellationToken cancellationToken)
    {
        Id = id;
        var units = await access.UnitsAsync(cancellationToken);
        Entry = id is { } entryId ? await db.Consultations.FirstOrDefaultAsync(c => c.Id == entryId && (units == null || units.Contains(c.OrgUnitId)), cancellationToken) : null;
        if (await access.RefusalAsync(id, Entry?.OrgUnitId, cancellationToken) is { } refusal)
        {
            return refusal;
        }

        Units = await access.FormUnitsAsync(db, cancellationToken);
        return null;
    }
}
