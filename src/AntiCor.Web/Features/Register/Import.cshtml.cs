using AntiCor.Core.Contracts;
using AntiCor.Core.Data;
using AntiCor.Core.Documents.Import;
using AntiCor.Core.Domain;
using AntiCor.Core.Programmes;
using AntiCor.Core.Programmes.Executors;
using AntiCor.Web.Infrastructure;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.ModelBinding;
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

    /// <summary>The sheet to read instead, chosen on the review.</summary>
    [BindProperty]
    public string? Sheet { get; set; }

    /// <summary>Meanings chosen on the review for columns the importer did not know.</summary>
    [BindProperty]
    public List<ColumnChoiceInput> ColumnChoices { get; set; } = [];

    /// <summary>The coordinator's choices for executor names not among the organisation's units.</summary>
    [BindProperty]
    public List<ExecutorChoiceInput> ExecutorChoices { get; set; } = [];

    /// <summary>The shown document's executor names not among the units, with suggestions, and the units to choose from.</summary>
    public ExecutorChoicesView? Executors { get; private set; }

    /// <summary>How the shown document was read: its sheets with a table, the meanings applied to columns.</summary>
    public ImportDraft.Reading? Reading { get; private set; }

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

        // Whatever the handler shows, the review lists the executors the units do not know.
        if (Document is not null && Executors is null && currentUser.OrganizationId is { } organizationId)
        {
            var review = await ExecutorReview.ReviewAsync(db, organizationId, ExecutorName.Of(Document), HttpContext.RequestAborted);
            Executors = new ExecutorChoicesView(review, ExecutorChoices);
        }
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
            var bytes = buffer.ToArray();
            var presets = await ColumnPresets.LoadAsync(db, cancellationToken);
            var document = ProgrammeImporter.Import(bytes, Upload.FileName, null, presets);
            var sheets = ProgrammeImporter.SheetsWithTable(bytes, Upload.FileName);
            Show(document, Path.GetFileName(Upload.FileName), new ImportDraft.Reading(bytes.Length <= ImportDraft.MaxSourceBytes ? bytes : null, null, presets, sheets));
        }
        catch (ImportException e)
        {
            ModelState.AddModelError(nameof(Upload), e.Message);
        }

        return Page();
    }

    public Task<IActionResult> OnPostRecheckAsync() => WithCorrectedAsync((document, name) =>
    {
        Show(document, name, _reading);
        return Task.FromResult<IActionResult>(Page());
    });

    /// <summary>Reads the same file again: another sheet, or with the meanings chosen for unknown columns.</summary>
    public IActionResult OnPostReread()
    {
        if (drafts.Unprotect(Draft) is not { } draft)
        {
            ModelState.AddModelError(string.Empty, RegisterText.DraftExpired);
            return Page();
        }

        if (draft.Reading?.Source is not { } source)
        {
            Show(draft.Document, draft.FileName, draft.Reading);
            ModelState.AddModelError(string.Empty, RegisterText.RereadNeedsUpload);
            return Page();
        }

        var columns = new Dictionary<string, ColumnMeaning>(draft.Reading.Columns);
        foreach (var choice in ColumnChoices)
        {
            if (choice.Chosen() is { } meaning && !string.IsNullOrWhiteSpace(choice.Header))
            {
                columns[ColumnPreset.KeyOf(choice.Header)] = meaning;
            }
        }

        var sheet = string.IsNullOrWhiteSpace(Sheet) ? draft.Reading.Sheet : Sheet;
        try
        {
            Show(ProgrammeImporter.Import(source, draft.FileName, sheet, columns), draft.FileName, draft.Reading with { Sheet = sheet, Columns = columns });
        }
        catch (ImportException e)
        {
            Show(draft.Document, draft.FileName, draft.Reading);
            ModelState.AddModelError(string.Empty, e.Message);
        }

        return Page();
    }

    public Task<IActionResult> OnPostConfirmAsync(CancellationToken cancellationToken) => WithCorrectedAsync(async (document, name) =>
    {
        if (await DecideExecutorsAsync(document, name, cancellationToken) is not { } executors)
        {
            return Page();
        }

        var registrar = new ProgrammeRegistrar(db, time);
        SameActId = await registrar.FindSameActAsync(document, OrganizationId, cancellationToken);
        if (SameActId is { } same)
        {
            Removals = await registrar.PreviewRemovalsAsync(same, document, cancellationToken);
            Show(document, name, _reading);
            return Page();
        }

        await ColumnPresets.SaveAsync(db, OrganizationId, _reading?.Columns, time, cancellationToken);
        var programme = await registrar.RegisterAsync(document, await OrganizationAsync(cancellationToken), name, currentUser.Name, cancellationToken, executors: executors);
        return Redirect(ProgrammePath(programme.Id));
    });

    public Task<IActionResult> OnPostUpdateAsync(CancellationToken cancellationToken) => WithCorrectedAsync(async (document, name) =>
    {
        if (await DecideExecutorsAsync(document, name, cancellationToken) is not { } executors)
        {
            return Page();
        }

        var registrar = new ProgrammeRegistrar(db, time);
        var existing = await registrar.FindSameActAsync(document, OrganizationId, cancellationToken);
        await ColumnPresets.SaveAsync(db, OrganizationId, _reading?.Columns, time, cancellationToken);
        if (existing is not { } same)
        {
            var stored = await registrar.RegisterAsync(document, await OrganizationAsync(cancellationToken), name, currentUser.Name, cancellationToken, executors: executors);
            return Redirect(ProgrammePath(stored.Id));
        }

        SameActId = same;
        Removals = await registrar.PreviewRemovalsAsync(same, document, cancellationToken);
        await registrar.ReplaceAsync(same, document, name, currentUser.Name, ConfirmRemovals, cancellationToken, executors);
        return Redirect(ProgrammePath(same));
    });

    private ImportDraft.Reading? _reading;

    /// <summary>
    /// The coordinator's choices for the executors not among the units; null when one is left
    /// unchosen, and then the review is shown again (with the corrections so far) saying which.
    /// </summary>
    private async Task<ExecutorDecisions?> DecideExecutorsAsync(ProgrammeDocument document, string name, CancellationToken cancellationToken)
    {
        var review = await ExecutorReview.ReviewAsync(db, OrganizationId, ExecutorName.Of(document), cancellationToken);
        var errors = new ModelStateDictionary();
        if (ExecutorChoiceInput.Decide(review.Unknown, ExecutorChoices, newWhenNothingClose: true, errors) is { } decisions)
        {
            return decisions;
        }

        Show(document, name, _reading);
        Executors = new ExecutorChoicesView(review, ExecutorChoices);
        ModelState.Merge(errors);
        return null;
    }

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

    private void Show(ProgrammeDocument document, string fileName, ImportDraft.Reading? reading)
    {
        Document = document;
        FileName = fileName;
        Reading = reading;
        Draft = drafts.Protect(document, fileName, reading);
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

        _reading = draft.Reading;
        Reading = draft.Reading;
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
