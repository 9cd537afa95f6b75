using System.Globalization;
using AntiCor.Core.Data;
using AntiCor.Core.Data.Configurations;
using AntiCor.Core.Domain;
using AntiCor.Core.Registers;
using AntiCor.Core.Reporting;
using AntiCor.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace AntiCor.Web.Features.Registers.Declarations;

/// <summary>
/// A declarant of one campaign: who, where, the e-mail for reminders, a dismissal for a leaver;
/// then the filing with its link to the public register (https only) and, for a late or missing
/// filing, the day NACP was told. The deadline is counted on the deployment's working-day
/// calendar; the same person (name or e-mail) twice in one campaign is refused, nothing saved.
/// </summary>
[Authorize(Policy = Policies.RegisterEntry)]
public sealed class EditModel(AppDbContext db, RegisterAccess access, CurrentUser currentUser, TimeProvider time) : RegisterEditModel<Declaration>(db, access, currentUser)
{
    public sealed class InputModel
    {
        public int Version { get; set; }
        public Guid? OrgUnitId { get; set; }
        public string? Year { get; set; }
        public string? PersonName { get; set; }
        public string? Email { get; set; }
        public string? Position { get; set; }
        public string? DismissedOn { get; set; }
        public string? FiledOn { get; set; }
        public string? RegisterUrl { get; set; }
        public string? NacpNotifiedOn { get; set; }
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

        Input = Entry is { } d
            ? new InputModel
            {
                Version = d.Version,
                OrgUnitId = d.OrgUnitId,
                Year = d.Year.ToString(CultureInfo.InvariantCulture),
                PersonName = Access.SeesNames ? d.PersonName : null,
                Email = Access.SeesNames ? d.Email : null,
                Position = d.Position,
                DismissedOn = RegisterDate.Format(d.DismissedOn),
                FiledOn = RegisterDate.Format(d.FiledOn),
                RegisterUrl = d.RegisterUrl,
                NacpNotifiedOn = RegisterDate.Format(d.NacpNotifiedOn),
            }
            : new InputModel { Year = (KyivTime.Today(time).Year - 1).ToString(CultureInfo.InvariantCulture) };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid? id, CancellationToken cancellationToken)
    {
        if (await LoadAsync(id, cancellationToken) is { } refusal)
        {
            return refusal;
        }

        var unitId = ChosenUnit(Input.OrgUnitId);

        // Someone who does not see personal data leaves the masked fields empty: the stored values stay.
        var keep = Entry is not null && !Access.SeesNames;
        var name = keep && string.IsNullOrWhiteSpace(Input.PersonName) ? Entry!.PersonName : Input.PersonName;
        var email = keep && string.IsNullOrWhiteSpace(Input.Email) ? Entry!.Email : Input.Email;
        RegisterForm.CheckText(ModelState, name, "Input.PersonName", Limits.Name);
        RegisterForm.CheckText(ModelState, email, "Input.Email", Core.Mail.OutboxMessage.AddressLength);
        RegisterForm.CheckText(ModelState, Input.Position, "Input.Position", Limits.Name);
        RegisterForm.CheckText(ModelState, Input.RegisterUrl, "Input.RegisterUrl", Limits.Title, required: false);
        if (!int.TryParse(Input.Year?.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var year))
        {
            ModelState.AddModelError("Input.Year", RegistersText.NotANumber);
        }

        if (!RegisterDate.TryParseOptional(Input.DismissedOn, out var dismissed))
        {
            ModelState.AddModelError("Input.DismissedOn", RegistersText.DateInvalid);
        }

        if (!RegisterDate.TryParseOptional(Input.FiledOn, out var filed))
        {
            ModelState.AddModelError("Input.FiledOn", RegistersText.DateInvalid);
        }

        if (!RegisterDate.TryParseOptional(Input.NacpNotifiedOn, out var notified))
        {
            ModelState.AddModelError("Input.NacpNotifiedOn", RegistersText.DateInvalid);
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var saved = await RegisterForm.SaveAsync(Db, ModelState, async () =>
        {
            var declaration = Entry ?? new Declaration(OrganizationId, unitId!.Value, year);
            if (Entry is not null)
            {
                Db.ExpectVersion(declaration, Input.Version);
            }

            declaration.Edit(unitId!.Value, year, name!, email!, Input.Position!, dismissed, filed, Input.RegisterUrl, notified,
                await new ReportingSchedule(Db, time).DaysOffAsync(cancellationToken));
            var person = declaration.PersonName;
            var address = declaration.Email;
            if (await Db.Declarations.AnyAsync(d => d.Id != declaration.Id && d.Year == year && (d.Email == address || d.PersonName == person), cancellationToken))
            {
                throw new DomainException(RegisterWords.DeclarantTwice);
            }

            if (Entry is null)
            {
                Db.Declarations.Add(declaration);
            }
        }, cancellationToken);
        if (!saved)
        {
            return Page();
        }

        Notice = RegistersText.Saved;
        return Redirect("/registers/declarations");
    }

    protected override async Task<Declaration?> FindAsync(Guid id, IReadOnlyList<Guid>? units, CancellationToken cancellationToken) =>
        await Db.Declarations.FirstOrDefaultAsync(d => d.Id == id && (units == null || units.Contains(d.OrgUnitId)), cancellationToken);

    protected override Guid UnitOf(Declaration entry) => entry.OrgUnitId;
}
