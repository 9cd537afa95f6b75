using AntiCor.Core.Contracts;
using AntiCor.Core.Data;
using AntiCor.Core.Documents.Import;
using AntiCor.Core.Domain;
using AntiCor.Core.Programmes;
using AntiCor.Web.Infrastructure;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace AntiCor.Web.Features.Register;

/// <summary>
/// Upload an order, review what was read, correct it in place, confirm: only then is it stored.
/// The antiforgery token is checked here rather than by the global filter: that filter reads the
/// form first, and for a body over the limit it can only answer 400, where this page answers 413
/// with its form and the limit in words.
/// </summary>
[Authorize(Policies.ProgrammeEditing)]
[RequestFormLimits(MultipartBodyLengthLimit = MaxUpload)]
[RequestSizeLimit(MaxUpload)]
[IgnoreAntiforgeryToken]
public sealed class ImportModel(AppDbContext db, TimeProvider time, ImportDraft drafts, ImportSlots slots, IAntiforgery antiforgery, CurrentUser currentUser) : PageModel
{
    private const long MaxUpload = ProgrammeImporter.MaxBytes + (1024 * 1024);

    [BindProperty]
    public IFormFile? Upload { get; set; }

    [BindProperty]
    public string? Draft { get; set; }

    [BindProperty]
    public List<MeasureCorrectionInput> Corrections { get; set; } = [];

    [BindProperty]
    public HeaderCorrectionInput Header { get; set; } = new();

    public ProgrammeDocument? Document { get; private set; }
    public string? FileName { get; private set; }
    public Guid? SameActId { get; private set; }

    /// <summary>The organisation the programme goes into: always the coordinator's own.</summary>
    public string OrganizationName => currentUser.Organization?.Name ?? "";

    /// <summary>Stored measures that the update would remove: each needs the coordinator's tick.</summary>
    public IReadOnlyList<RemovedMeasure> Removals { get; private set; } = [];

    [BindProperty]
    public bool ConfirmRemovals { get; set; }

    public void OnGet()
    {
    }

    public override async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        if (HttpMethods.IsPost(Request.Method) && OversizedUpload.Is(Request, ModelState, MaxUpload))
        {
            context.Result = RefuseOversized();
            return;
        }

        if (!await antiforgery.IsRequestValidAsync(HttpContext))
        {
            context.Result = new AntiforgeryValidationFailedResult();
            return;
        }

        await next();
    }

    public async Task<IActionResult> OnPostUploadAsync(CancellationToken cancellationToken)
    {
        if (Upload is null || Upload.Length == 0)
        {
            ModelState.AddModelError(nameof(Upload), RegisterText.NoFile);
            return Page();
        }

        using var slot = slots.TryTake();
        if (slot is null)
        {
            Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
            Response.Headers.RetryAfter = "60";
            ModelState.AddModelError(nameof(Upload), RegisterText.ServerBusy);
            return Page();
        }

        try
        {
            ProgrammeImporter.RefuseIfTooLarge(Upload.Length);
            using var buffer = new MemoryStream();
            await Upload.CopyToAsync(buffer, cancellationToken);
            Show(ProgrammeImporter.Import(buffer.ToArray(), Upload.FileName), Path.GetFileName(Upload.FileName));
        }
        catch (ImportException e)
        {
            ModelState.AddModelError(nameof(Upload), e.Message);
        }

        return Page();
    }

    public Task<IActionResult> OnPostRecheckAsync() => WithCorrectedAsync((document, name) =>
    {
        Show(document, name);
        return Task.FromResult<IActionResult>(Page());
    });

    public Task<IActionResult> OnPostConfirmAsync(CancellationToken cancellationToken) => WithCorrectedAsync(async (document, name) =>
    {
        var registrar = new ProgrammeRegistrar(db, time);
        SameActId = await registrar.FindSameActAsync(document, OrganizationId, cancellationToken);
        if (SameActId is { } same)
        {
            Removals = await registrar.PreviewRemovalsAsync(same, document, cancellationToken);
            Show(document, name);
            return Page();
        }

        var programme = await registrar.RegisterAsync(document, await OrganizationAsync(cancellationToken), name, currentUser.Name, cancellationToken);
        return Redirect(ProgrammePath(programme.Id));
    });

    public Task<IActionResult> OnPostUpdateAsync(CancellationToken cancellationToken) => WithCorrectedAsync(async (document, name) =>
    {
        var registrar = new ProgrammeRegistrar(db, time);
        var existing = await registrar.FindSameActAsync(document, OrganizationId, cancellationToken);
        if (existing is not { } same)
        {
            var stored = await registrar.RegisterAsync(document, await OrganizationAsync(cancellationToken), name, currentUser.Name, cancellationToken);
            return Redirect(ProgrammePath(stored.Id));
        }

        SameActId = same;
        Removals = await registrar.PreviewRemovalsAsync(same, document, cancellationToken);
        await registrar.ReplaceAsync(same, document, name, currentUser.Name, ConfirmRemovals, cancellationToken);
        return Redirect(ProgrammePath(same));
    });

    private Guid OrganizationId => currentUser.OrganizationId ?? throw new DomainException(RegisterText.NoOrganization);

    private async Task<Organization> OrganizationAsync(CancellationToken cancellationToken) =>
        await db.Organizations.FindAsync([OrganizationId], cancellationToken) ?? throw new DomainException(RegisterText.NoOrganization);

    private string ProgrammePath(Guid id) => $"{currentUser.Organization!.PublicBase}/programmes/{id}";

    /// <summary>The upload form again, with the size limit in words; no document is read.</summary>
    private PageResult RefuseOversized()
    {
        ModelState.Clear();
        try
        {
            ProgrammeImporter.RefuseIfTooLarge(Math.Max(Request.ContentLength ?? 0, MaxUpload));
        }
        catch (ImportException e)
        {
            ModelState.AddModelError(nameof(Upload), e.Message);
        }

        Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
        return Page();
    }

    private void Show(ProgrammeDocument document, string fileName)
    {
        Document = document;
        FileName = fileName;
        Draft = drafts.Protect(document, fileName);
        Corrections = document.Programme.Directions.SelectMany(d => d.Measures).Select(MeasureCorrectionInput.From).ToList();
        Header = HeaderCorrectionInput.From(document.Programme);
        ModelState.Clear();
    }

    private async Task<IActionResult> WithCorrectedAsync(Func<ProgrammeDocument, string, Task<IActionResult>> next)
    {
        if (drafts.Unprotect(Draft) is not { } draft)
        {
            ModelState.AddModelError(string.Empty, RegisterText.DraftExpired);
            return Page();
        }

        if (Header.ToCorrection(ModelState, nameof(Header)) is not { } header)
        {
            Document = draft.Document;
            FileName = draft.FileName;
            return Page();
        }

        try
        {
            var corrected = DocumentCorrections.Apply(header.ApplyTo(draft.Document), Corrections.Select(c => c.ToCorrection()));
            return await next(corrected, draft.FileName);
        }
        catch (DomainException e)
        {
            Document = draft.Document;
            FileName = draft.FileName;
            ModelState.AddModelError(string.Empty, e.Message);
            return Page();
        }
    }
}
