using AntiCor.Core.Data;
using AntiCor.Core.Data.Configurations;
using AntiCor.Core.Domain;
using AntiCor.Core.Registers;
using AntiCor.Core.Reporting;
using AntiCor.Web.Features.My;
using AntiCor.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace AntiCor.Web.Features.Registers.DraftActs;

/// <summary>
/// One draft act under review: the unit describes it and attaches the draft (PDF, DOCX or ODT,
/// recognised by content); the coordinator records the conclusion with factors from the
/// catalogue; the unit records how many proposals it took. Each part is its own save.
/// </summary>
[Authorize(Policy = Policies.RegisterEntry)]
[RequestFormLimits(MultipartBodyLengthLimit = EvidenceFileType.MaxBytes + (512 * 1024))]
public sealed class EditModel(AppDbContext db, RegisterAccess access, CurrentUser currentUser, EvidenceStore store, TimeProvider time) : RegisterEditModel<DraftActReview>(db, access, currentUser)
{
    private static readonly string[] DraftMediaTypes = [EvidenceFileType.Pdf.MediaType, EvidenceFileType.Docx.MediaType, EvidenceFileType.Odt.MediaType];

    public sealed class InputModel
    {
        public int Version { get; set; }
        public Guid? OrgUnitId { get; set; }
        public string? Title { get; set; }
        public DraftActKind Kind { get; set; }
        public string? SubmittedOn { get; set; }
        public string? RequestedBy { get; set; }
        public DraftActConclusion Conclusion { get; set; }
        public string? ConcludedOn { get; set; }
        public List<Guid> Factors { get; set; } = [];
        public string? Proposals { get; set; }
        public string? ProposalsMade { get; set; }
        public string? ProposalsTaken { get; set; }
    }

    [BindProperty]
    public InputModel Input { get; set; } = new();

    [BindProperty]
    public IFormFile? Upload { get; set; }

    public IReadOnlyList<UnitOption> Catalogue { get; private set; } = [];

    public bool IsCoordinator => Access.IsCoordinator;

    public async Task<IActionResult> OnGetAsync(Guid? id, CancellationToken cancellationToken)
    {
        if (await LoadAsync(id, cancellationToken) is { } refusal)
        {
            return refusal;
        }

        Fill();
        return Page();
    }

    /// <summary>The attached draft, for whoever may open the entry.</summary>
    public async Task<IActionResult> OnGetFileAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await LoadAsync(id, cancellationToken) is { } refusal)
        {
            return refusal;
        }

        var bytes = Entry?.FileSha256 is { } sha ? await store.ReadAsync(sha, cancellationToken) : null;
        var type = Entry?.FileSha256 is { } s ? await Db.EvidenceContents.AsNoTracking().Where(c => c.Sha256 == s).Select(c => c.MediaType).FirstOrDefaultAsync(cancellationToken) : null;
        return bytes is null ? NotFound() : File(bytes, type ?? "application/octet-stream", Entry!.FileName);
    }

    public async Task<IActionResult> OnPostDescribeAsync(Guid? id, CancellationToken cancellationToken)
    {
        if (await LoadAsync(id, cancellationToken) is { } refusal)
        {
            return refusal;
        }

        var unitId = ChosenUnit(Input.OrgUnitId);

        if (string.IsNullOrWhiteSpace(Input.Title))
        {
            ModelState.AddModelError("Input.Title", RegistersText.Required);
        }
        else if (Input.Title.Trim().Length > Limits.Title)
        {
            ModelState.AddModelError("Input.Title", RegistersText.TooLong);
        }

        if (!RegisterDate.TryParse(Input.SubmittedOn, out var submitted))
        {
            ModelState.AddModelError("Input.SubmittedOn", RegistersText.DateInvalid);
        }

        if (!RegisterDate.TryParse(Input.RequestedBy, out var requestedBy))
        {
            ModelState.AddModelError("Input.RequestedBy", RegistersText.DateInvalid);
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        return await SaveAsync(async review =>
        {
            review.Describe(unitId!.Value, Input.Title!, Input.Kind, submitted, requestedBy);
            if (Upload is { Length: > 0 } upload)
            {
                using var buffer = new MemoryStream();
                await upload.CopyToAsync(buffer, cancellationToken);
                var bytes = buffer.ToArray();
                if (EvidenceFileType.Detect(bytes) is not { } kind || !DraftMediaTypes.Contains(kind.MediaType))
                {
                    throw new DomainException(RegistersText.WrongDraftFile);
                }

                var content = await store.PutAsync(bytes, cancellationToken);
                review.AttachFile(Path.GetFileName(upload.FileName), content.Sha256);
            }
        }, cancellationToken);
    }

    public async Task<IActionResult> OnPostConcludeAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await LoadAsync(id, cancellationToken) is { } refusal)
        {
            return refusal;
        }

        if (!Access.IsCoordinator)
        {
            return Forbid();
        }

        if (!RegisterDate.TryParse(Input.ConcludedOn, out var concludedOn) && Input.Conclusion != DraftActConclusion.Pending)
        {
            ModelState.AddModelError("Input.ConcludedOn", RegistersText.DateInvalid);
        }

        var made = 0;
        if (!string.IsNullOrWhiteSpace(Input.ProposalsMade) && !int.TryParse(Input.ProposalsMade.Trim(), out made))
        {
            ModelState.AddModelError("Input.ProposalsMade", RegistersText.NotANumber);
        }

        if (Input.Proposals?.Trim().Length > Limits.Text)
        {
            ModelState.AddModelError("Input.Proposals", RegistersText.TooLong);
        }

        if (Input.Factors.Any(f => Catalogue.All(c => c.Id != f)))
        {
            ModelState.AddModelError("Input.Factors", DraftActsText.UnknownFactor);
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        return await SaveAsync(review =>
        {
            review.Conclude(Input.Conclusion, concludedOn, Input.Factors, Input.Proposals, made);
            return Task.CompletedTask;
        }, cancellationToken);
    }

    public async Task<IActionResult> OnPostTakenAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await LoadAsync(id, cancellationToken) is { } refusal)
        {
            return refusal;
        }

        int? taken = null;
        if (!string.IsNullOrWhiteSpace(Input.ProposalsTaken))
        {
            if (int.TryParse(Input.ProposalsTaken.Trim(), out var value))
            {
                taken = value;
            }
            else
            {
                ModelState.AddModelError("Input.ProposalsTaken", RegistersText.NotANumber);
                return Page();
            }
        }

        return await SaveAsync(review =>
        {
            review.RecordProposalsTaken(taken);
            return Task.CompletedTask;
        }, cancellationToken);
    }

    /// <summary>Applies one part of the entry under its version token and saves it; a broken rule comes back beside the form, nothing saved.</summary>
    private async Task<IActionResult> SaveAsync(Func<DraftActReview, Task> change, CancellationToken cancellationToken)
    {
        DraftActReview? review = null;
        var saved = await RegisterForm.SaveAsync(Db, ModelState, async () =>
        {
            review = Entry ?? new DraftActReview(OrganizationId, Input.OrgUnitId!.Value);
            if (Entry is not null)
            {
                Db.ExpectVersion(review, Input.Version);
            }

            await change(review);
            if (Entry is null)
            {
                Db.DraftActReviews.Add(review);
            }
        }, cancellationToken);
        if (!saved)
        {
            return Page();
        }

        Notice = RegistersText.Saved;
        return Redirect($"/registers/draft-acts/edit/{review!.Id}");
    }

    private void Fill()
    {
        if (Entry is not { } r)
        {
            Input = new InputModel { SubmittedOn = RegisterDate.Format(KyivTime.Today(time)) };
            return;
        }

        Input = new InputModel
        {
            Version = r.Version,
            OrgUnitId = r.OrgUnitId,
            Title = r.Title,
            Kind = r.Kind,
            SubmittedOn = RegisterDate.Format(r.SubmittedOn),
            RequestedBy = RegisterDate.Format(r.RequestedBy),
            Conclusion = r.Conclusion,
            ConcludedOn = RegisterDate.Format(r.ConcludedOn),
            Factors = [.. r.Factors.Select(f => f.FactorId)],
            Proposals = r.Proposals,
            ProposalsMade = r.ProposalsMade.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ProposalsTaken = r.ProposalsTaken?.ToString(System.Globalization.CultureInfo.InvariantCulture),
        };
    }

    protected override async Task<DraftActReview?> FindAsync(Guid id, IReadOnlyList<Guid>? units, CancellationToken cancellationToken) =>
        await Db.DraftActReviews.FirstOrDefaultAsync(r => r.Id == id && (units == null || units.Contains(r.OrgUnitId)), cancellationToken);

    protected override Guid UnitOf(DraftActReview entry) => entry.OrgUnitId;

    protected override async Task LoadMoreAsync(CancellationToken cancellationToken) =>
        Catalogue = await Db.RiskFactors.AsNoTracking().OrderBy(f => f.Name).Select(f => new UnitOption(f.Id, f.Name)).ToListAsync(cancellationToken);
}
