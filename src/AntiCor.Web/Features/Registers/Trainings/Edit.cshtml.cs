using System.Globalization;
using AntiCor.Core.Data;
using AntiCor.Core.Data.Configurations;
using AntiCor.Core.Domain;
using AntiCor.Core.Registers;
using AntiCor.Core.Reporting;
using AntiCor.Web.Features.My;
using AntiCor.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace AntiCor.Web.Features.Registers.Trainings;

/// <summary>
/// The department records a training event and its participants, each with an optional
/// certificate (PDF, JPEG or PNG by content, kept in the evidence store). An end before the start,
/// a certificate of another type or the same participant twice is refused, nothing saved.
/// </summary>
[Authorize(Policy = Policies.RegisterKeeping)]
[RequestFormLimits(MultipartBodyLengthLimit = EvidenceFileType.MaxBytes + (512 * 1024))]
public sealed class EditModel(AppDbContext db, CurrentUser currentUser, EvidenceStore store) : PageModel
{
    private static readonly string[] CertificateMediaTypes = [EvidenceFileType.Pdf.MediaType, EvidenceFileType.Jpeg.MediaType, EvidenceFileType.Png.MediaType];

    public sealed class InputModel
    {
        public int Version { get; set; }
        public string? Topic { get; set; }
        public string? Organiser { get; set; }
        public string? StartsOn { get; set; }
        public string? EndsOn { get; set; }
        public string? Hours { get; set; }
        public Guid? ParticipantUnitId { get; set; }
        public string? ParticipantName { get; set; }
    }

    [BindProperty]
    public InputModel Input { get; set; } = new();

    [BindProperty]
    public IFormFile? Upload { get; set; }

    public Guid? Id { get; private set; }

    public TrainingEvent? Entry { get; private set; }

    public IReadOnlyList<UnitOption> Units { get; private set; } = [];

    [TempData]
    public string? Notice { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid? id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        if (Entry is { } t)
        {
            Input = new InputModel
            {
                Version = t.Version,
                Topic = t.Topic,
                Organiser = t.Organiser,
                StartsOn = RegisterDate.Format(t.StartsOn),
                EndsOn = t.EndsOn == t.StartsOn ? "" : RegisterDate.Format(t.EndsOn),
                Hours = t.Hours.ToString(CultureInfo.InvariantCulture),
            };
        }

        return Page();
    }

    public async Task<IActionResult> OnGetCertificateAsync(Guid id, Guid participant, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken) || Entry?.Participants.FirstOrDefault(p => p.Id == participant) is not { CertificateSha256: { } sha } found)
        {
            return NotFound();
        }

        var bytes = await store.ReadAsync(sha, cancellationToken);
        var type = await db.EvidenceContents.AsNoTracking().Where(c => c.Sha256 == sha).Select(c => c.MediaType).FirstOrDefaultAsync(cancellationToken);
        return bytes is null ? NotFound() : File(bytes, type ?? "application/octet-stream", found.CertificateFileName);
    }

    public async Task<IActionResult> OnPostAsync(Guid? id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        RegisterForm.CheckText(ModelState, Input.Topic, "Input.Topic", Limits.Title);
        RegisterForm.CheckText(ModelState, Input.Organiser, "Input.Organiser", Limits.Name);
        if (!RegisterDate.TryParse(Input.StartsOn, out var starts))
        {
            ModelState.AddModelError("Input.StartsOn", RegistersText.DateInvalid);
        }

        if (!RegisterDate.TryParseOptional(Input.EndsOn, out var ends))
        {
            ModelState.AddModelError("Input.EndsOn", RegistersText.DateInvalid);
        }

        if (!int.TryParse(Input.Hours?.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var hours))
        {
            ModelState.AddModelError("Input.Hours", RegistersText.NotANumber);
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        TrainingEvent? training = null;
        var saved = await RegisterForm.SaveAsync(db, ModelState, () =>
        {
            training = Entry ?? new TrainingEvent(OrganizationId);
            if (Entry is not null)
            {
                db.ExpectVersion(training, Input.Version);
            }

            training.Describe(Input.Topic!, Input.Organiser!, starts, ends, hours);
            if (Entry is null)
            {
                db.TrainingEvents.Add(training);
            }

            return Task.CompletedTask;
        }, cancellationToken);
        if (!saved)
        {
            return Page();
        }

        Notice = RegistersText.Saved;
        return Redirect($"/registers/trainings/edit/{training!.Id}");
    }

    public async Task<IActionResult> OnPostParticipantAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken) || Entry is null)
        {
            return NotFound();
        }

        var unitId = Input.ParticipantUnitId is { } u && Units.Any(x => x.Id == u) ? u : (Guid?)null;
        if (unitId is null)
        {
            ModelState.AddModelError("Input.ParticipantUnitId", RegistersText.UnitRequired);
        }

        RegisterForm.CheckText(ModelState, Input.ParticipantName, "Input.ParticipantName", Limits.Name);
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var saved = await RegisterForm.SaveAsync(db, ModelState, async () =>
        {
            db.ExpectVersion(Entry, Input.Version);
            var participant = Entry.AddParticipant(unitId!.Value, Input.ParticipantName!);
            if (Upload is { Length: > 0 } upload)
            {
                using var buffer = new MemoryStream();
                await upload.CopyToAsync(buffer, cancellationToken);
                var bytes = buffer.ToArray();
                if (EvidenceFileType.Detect(bytes) is not { } kind || !CertificateMediaTypes.Contains(kind.MediaType))
                {
                    throw new DomainException(TrainingsText.WrongCertificate);
                }

                var content = await store.PutAsync(bytes, cancellationToken);
                participant.AttachCertificate(Path.GetFileName(upload.FileName), content.Sha256);
            }
        }, cancellationToken);
        if (!saved)
        {
            // The refused participant stays out of what the page shows.
            db.ChangeTracker.Clear();
            await LoadAsync(id, cancellationToken);
            return Page();
        }

        Notice = RegistersText.Saved;
        return Redirect($"/registers/trainings/edit/{id}");
    }

    public async Task<IActionResult> OnPostRemoveAsync(Guid id, Guid participant, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken) || Entry is null)
        {
            return NotFound();
        }

        var saved = await RegisterForm.SaveAsync(db, ModelState, () =>
        {
            db.ExpectVersion(Entry, Input.Version);
            Entry.RemoveParticipant(participant);
            return Task.CompletedTask;
        }, cancellationToken);
        if (!saved)
        {
            return Page();
        }

        Notice = RegistersText.Saved;
        return Redirect($"/registers/trainings/edit/{id}");
    }

    private Guid OrganizationId => currentUser.OrganizationId ?? throw new DomainException(RegistersText.NotFound);

    private async Task<bool> LoadAsync(Guid? id, CancellationToken cancellationToken)
    {
        Id = id;
        Entry = id is { } entryId ? await db.TrainingEvents.FirstOrDefaultAsync(t => t.Id == entryId, cancellationToken) : null;
        Units = await RegisterUnits.OptionsAsync(db, null, cancellationToken);
        return id is null || Entry is not null;
    }
}
