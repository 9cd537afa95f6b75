using AntiCor.Core.Data;
using AntiCor.Core.Data.Configurations;
using AntiCor.Core.Domain;
using AntiCor.Core.Registers;
using AntiCor.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace AntiCor.Web.Features.Registers.Appointments;

/// <summary>
/// Records or corrects an appointment notice. The minimum notice is the one the programme in
/// force on the notice date sets in its register link (5 calendar days unless set), fixed when
/// the notice is recorded. An appointment dated before the notice is refused and nothing saved.
/// </summary>
[Authorize(Policy = Policies.RegisterEntry)]
public sealed class EditModel(AppDbContext db, RegisterAccess access, CurrentUser currentUser) : PageModel
{
    public sealed class InputModel
    {
        public int Version { get; set; }
        public Guid? OrgUnitId { get; set; }
        public string? CandidateName { get; set; }
        public string? Position { get; set; }
        public string? Category { get; set; }
        public string? NoticeReceivedOn { get; set; }
        public string? PlannedAppointmentOn { get; set; }
    }

    [BindProperty]
    public InputModel Input { get; set; } = new();

    public Guid? Id { get; private set; }

    public IReadOnlyList<UnitOption> Units { get; private set; } = [];

    public bool SeesNames => access.SeesNames;

    public AppointmentNotice? Entry { get; private set; }

    [TempData]
    public string? Notice { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid? id, CancellationToken cancellationToken)
    {
        if (await LoadAsync(id, cancellationToken) is { } refusal)
        {
            return refusal;
        }

        if (Entry is { } n)
        {
            Input = new InputModel
            {
                Version = n.Version,
                OrgUnitId = n.OrgUnitId,
                CandidateName = access.SeesNames ? n.CandidateName : null,
                Position = n.Position,
                Category = n.Category,
                NoticeReceivedOn = RegisterDate.Format(n.NoticeReceivedOn),
                PlannedAppointmentOn = RegisterDate.Format(n.PlannedAppointmentOn),
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

        // Someone who never sees names keeps the stored one by leaving the field empty.
        var name = string.IsNullOrWhiteSpace(Input.CandidateName) && Entry is { } kept && !access.SeesNames ? kept.CandidateName : Input.CandidateName;
        RegisterForm.CheckText(ModelState, name, "Input.CandidateName", Limits.Name);
        RegisterForm.CheckText(ModelState, Input.Position, "Input.Position", Limits.Name);
        if (!AppointmentsText.Categories.Contains(Input.Category ?? ""))
        {
            ModelState.AddModelError("Input.Category", AppointmentsText.CategoryUnknown);
        }

        if (!RegisterDate.TryParse(Input.NoticeReceivedOn, out var received))
        {
            ModelState.AddModelError("Input.NoticeReceivedOn", RegistersText.DateInvalid);
        }

        if (!RegisterDate.TryParse(Input.PlannedAppointmentOn, out var planned))
        {
            ModelState.AddModelError("Input.PlannedAppointmentOn", RegistersText.DateInvalid);
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var saved = await RegisterForm.SaveAsync(db, ModelState, async () =>
        {
            var notice = Entry ?? new AppointmentNotice(OrganizationId, unitId!.Value, await AppointmentsImporter.RequiredDaysAsync(db, received, cancellationToken));
            if (Entry is not null)
            {
                db.ExpectVersion(notice, Input.Version);
            }

            notice.Edit(unitId!.Value, name!, Input.Position!, Input.Category!, received, planned);
            if (Entry is null)
            {
                db.AppointmentNotices.Add(notice);
            }
        }, cancellationToken);
        if (!saved)
        {
            return Page();
        }

        Notice = RegistersText.Saved;
        return Redirect("/registers/appointments");
    }

    private Guid OrganizationId => currentUser.OrganizationId ?? throw new DomainException(RegistersText.NotFound);

    /// <summary>The entry (404 when it is not the user's to see) and the units the form offers (403 for who only reads).</summary>
    private async Task<IActionResult?> LoadAsync(Guid? id, CancellationToken cancellationToken)
    {
        Id = id;
        var units = await access.UnitsAsync(cancellationToken);
        Entry = id is { } entryId ? await db.AppointmentNotices.FirstOrDefaultAsync(n => n.Id == entryId && (units == null || units.Contains(n.OrgUnitId)), cancellationToken) : null;
        if (await access.RefusalAsync(id, Entry?.OrgUnitId, cancellationToken) is { } refusal)
        {
            return refusal;
        }

        Units = await access.FormUnitsAsync(db, cancellationToken);
        return null;
    }
}
