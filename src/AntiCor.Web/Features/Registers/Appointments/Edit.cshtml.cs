using AntiCor.Core.Data;
using AntiCor.Core.Data.Configurations;
using AntiCor.Core.Registers;
using AntiCor.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace AntiCor.Web.Features.Registers.Appointments;

/// <summary>
/// Records or corrects an appointment notice. The minimum notice is the one the programme in
/// force on the notice date sets in its register link (5 calendar days unless set), fixed when
/// the notice is recorded. An appointment dated before the notice is refused and nothing saved.
/// </summary>
[Authorize(Policy = Policies.RegisterEntry)]
public sealed class EditModel(AppDbContext db, RegisterAccess access, CurrentUser currentUser) : RegisterEditModel<AppointmentNotice>(db, access, currentUser)
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

    public bool SeesNames => Access.SeesNames;

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
                CandidateName = Access.SeesNames ? n.CandidateName : null,
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

        var unitId = ChosenUnit(Input.OrgUnitId);

        // Someone who never sees names keeps the stored one by leaving the field empty.
        var name = string.IsNullOrWhiteSpace(Input.CandidateName) && Entry is { } kept && !Access.SeesNames ? kept.CandidateName : Input.CandidateName;
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

        var saved = await RegisterForm.SaveAsync(Db, ModelState, async () =>
        {
            var notice = Entry ?? new AppointmentNotice(OrganizationId, unitId!.Value, await AppointmentsImporter.RequiredDaysAsync(Db, received, cancellationToken));
            if (Entry is not null)
            {
                Db.ExpectVersion(notice, Input.Version);
            }

            notice.Edit(unitId!.Value, name!, Input.Position!, Input.Category!, received, planned);
            if (Entry is null)
            {
                Db.AppointmentNotices.Add(notice);
            }
        }, cancellationToken);
        if (!saved)
        {
            return Page();
        }

        Notice = RegistersText.Saved;
        return Redirect("/registers/appointments");
    }

    protected override async Task<AppointmentNotice?> FindAsync(Guid id, IReadOnlyList<Guid>? units, CancellationToken cancellationToken) =>
        await Db.AppointmentNotices.FirstOrDefaultAsync(n => n.Id == id && (units == null || units.Contains(n.OrgUnitId)), cancellationToken);

    protected override Guid UnitOf(AppointmentNotice entry) => entry.OrgUnitId;
}
