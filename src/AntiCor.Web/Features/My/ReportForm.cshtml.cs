using AntiCor.Web.Features.Shared;
using AntiCor.Core.Data;
using AntiCor.Core.Domain;
using AntiCor.Core.Reporting;
using AntiCor.Core.Telemetry;
using AntiCor.Web.Features.Register;
using AntiCor.Web.Infrastructure;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace AntiCor.Web.Features.My;

/// <summary>
/// The executor's report on one obligation: a draft saved and edited under its version token,
/// then submitted; a submitted version is shown read-only, and after the department's review a
/// correction opens as a new version. Every version stays listed. The antiforgery token is checked
/// here, as on the import page, so that a body over the size limit gets this form back with the
/// limit in words (413) instead of a bare 400.
/// </summary>
[RequestFormLimits(MultipartBodyLengthLimit = MaxUpload)]
[RequestSizeLimit(MaxUpload)]
[IgnoreAntiforgeryToken]
public sealed class ReportFormModel(AppDbContext db, CurrentUser currentUser, EvidenceStore store, TimeProvider time, IAntiforgery antiforgery) : PageModel
{
    /// <summary>The largest evidence file and room for the form's other fields.</summary>
    private const long MaxUpload = EvidenceFileType.MaxBytes + (512 * 1024);

    public sealed record MeasureView(string Number, string Text, string Term, string UnitName, string PeriodKey, DateOnly DueOn, bool PeriodClosed);

    public sealed record IndicatorView(Guid Id, string Name, string UnitOfMeasure, decimal? Target);

    [BindProperty]
    public ReportInput Input { get; set; } = new();

    [BindProperty]
    public IFormFile? Upload { get; set; }

    public Guid ObligationId { get; private set; }
    public MeasureView Measure { get; private set; } = null!;
    public IReadOnlyList<IndicatorView> IndicatorList { get; private set; } = [];

    /// <summary>Figures of the registers linked to this measure for the period, offered for the report.</summary>
    public IReadOnlyList<Registers.RegisterOffer> RegisterOffers { get; private set; } = [];

    /// <summary>Every version, the newest first.</summary>
    public IReadOnlyList<Report> Versions { get; private set; } = [];
    public Report? Current => Versions.FirstOrDefault();
    public bool IsEditable => Current is null or { State: ReportState.Draft };
    public bool CanCorrect => Current is { State: ReportState.Returned or ReportState.Accepted };
    public bool IsCorrection => (Current is { State: ReportState.Draft } d ? d.Number : (Current?.Number ?? 0) + 1) > 1;

    [TempData]
    public string? Notice { get; set; }

    private Obligation _obligation = null!;
    private ReportingPeriod _period = null!;
    private List<Report> _tracked = [];

    public override async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        if (HttpMethods.IsPost(Request.Method) && OversizedUpload.Is(Request, ModelState, MaxUpload))
        {
            ModelState.Clear();
            var id = Guid.TryParse(RouteData.Values["obligationId"]?.ToString(), out var parsed) ? parsed : Guid.Empty;
            if (await LoadAsync(id, context.HttpContext.RequestAborted) is { } refusal)
            {
                context.Result = refusal;
                return;
            }

            await LoadViewAsync(context.HttpContext.RequestAborted);
            FillFromDraft();
            ModelState.AddModelError(nameof(Upload), EvidenceFileType.TooLarge(Math.Max(Request.ContentLength ?? 0, MaxUpload)));
            Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
            context.Result = Page();
            return;
        }

        if (HttpMethods.IsPost(Request.Method) && !await antiforgery.IsRequestValidAsync(HttpContext))
        {
            context.Result = new AntiforgeryValidationFailedResult();
            return;
        }

        await next();
    }

    public async Task<IActionResult> OnGetAsync(Guid obligationId, bool fromRegister, CancellationToken cancellationToken)
    {
        if (await LoadAsync(obligationId, cancellationToken) is { } refusal)
        {
            return refusal;
        }

        await LoadViewAsync(cancellationToken);
        FillFromDraft();
        if (fromRegister && IsEditable && RegisterOffers.Count > 0)
        {
            Registers.RegisterOffer.Apply(Input, RegisterOffers, $"{Request.Scheme}://{Request.Host}");
            ViewData["RegisterFilled"] = true;
        }

        return Page();
    }

    public Task<IActionResult> OnPostSaveAsync(Guid obligationId, CancellationToken cancellationToken) =>
        ChangeAsync(obligationId, submit: false, detach: null, cancellationToken);

    public Task<IActionResult> OnPostSubmitAsync(Guid obligationId, CancellationToken cancellationToken) =>
        ChangeAsync(obligationId, submit: true, detach: null, cancellationToken);

    public Task<IActionResult> OnPostDetachAsync(Guid obligationId, Guid evidenceId, CancellationToken cancellationToken) =>
        ChangeAsync(obligationId, submit: false, detach: evidenceId, cancellationToken);

    /// <summary>Opens a correction (a new version copied from the reviewed one).</summary>
    public async Task<IActionResult> OnPostCorrectAsync(Guid obligationId, CancellationToken cancellationToken) =>
        await PageAgainAsync(await CorrectOrRefuseAsync(obligationId, cancellationToken), cancellationToken);

    private async Task<IActionResult> CorrectOrRefuseAsync(Guid obligationId, CancellationToken cancellationToken)
    {
        if (await LoadAsync(obligationId, cancellationToken) is { } refusal)
        {
            return refusal;
        }

        try
        {
            var draft = _obligation.OpenDraft(_tracked, _period, UserId, Now);
            if (!_tracked.Contains(draft))
            {
                db.Reports.Add(draft);
            }

            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DomainException e)
        {
            ModelState.AddModelError(string.Empty, e.Message);
            return Page();
        }
        catch (DbUpdateConcurrencyException)
        {
            ModelState.AddModelError(string.Empty, StaleRecord.Message);
            return Page();
        }

        return RedirectToPage(new { obligationId });
    }

    private async Task<IActionResult> ChangeAsync(Guid obligationId, bool submit, Guid? detach, CancellationToken cancellationToken) =>
        await PageAgainAsync(await ChangeOrRefuseAsync(obligationId, submit, detach, cancellationToken), cancellationToken);

    private async Task<IActionResult> ChangeOrRefuseAsync(Guid obligationId, bool submit, Guid? detach, CancellationToken cancellationToken)
    {
        if (await LoadAsync(obligationId, cancellationToken) is { } refusal)
        {
            return refusal;
        }

        if (!TryReadInput(out var content, out var values))
        {
            return Page();
        }

        try
        {
            _period.EnsureOpen();
            var draft = ResolveDraft();
            draft.Edit(content, IsCorrection ? Input.CorrectionReason : null);
            foreach (var (indicatorId, value) in values)
            {
                draft.SetIndicatorValue(indicatorId, value);
            }

            if (submit && draft.SubmissionProblems() is { Count: > 0 } problems)
            {
                foreach (var (field, message) in problems)
                {
                    ModelState.AddModelError($"{nameof(Input)}.{field}", message);
                }

                return Page();
            }

            if (!await AttachAsync(draft, cancellationToken))
            {
                return Page();
            }

            if (detach is { } evidenceId)
            {
                draft.Detach(evidenceId);
            }

            if (submit)
            {
                _obligation.Submit(draft, _tracked, _period, UserId, Now);
            }

            await db.SaveChangesAsync(cancellationToken);
            if (submit)
            {
                AntiCorTelemetry.ReportsSubmitted.Add(1, new KeyValuePair<string, object?>("source", "executor"));
            }
        }
        catch (DomainException e)
        {
            ModelState.AddModelError(string.Empty, e.Message);
            return Page();
        }
        catch (DbUpdateConcurrencyException)
        {
            ModelState.AddModelError(string.Empty, StaleRecord.Message);
            return Page();
        }

        Notice = submit ? WorkspaceText.SubmittedNote : WorkspaceText.Saved;
        return RedirectToPage(new { obligationId });
    }

    /// <summary>
    /// The draft the form was opened on, under its version token; a new one when the form was
    /// opened before any draft existed. Anything else means another tab got there first.
    /// </summary>
    private Report ResolveDraft()
    {
        var current = _tracked.MaxBy(r => r.Number);
        if (Input.ReportId is { } reportId)
        {
            if (current is null || current.Id != reportId || current.State != ReportState.Draft)
            {
                throw StaleRecord.Refusal();
            }

            db.ExpectVersion(current, Input.Version);
            return current;
        }

        if (current is { State: ReportState.Draft })
        {
            throw StaleRecord.Refusal();
        }

        var draft = _obligation.OpenDraft(_tracked, _period, UserId, Now);
        db.Reports.Add(draft);
        return draft;
    }

    /// <summary>The link and the file of this post, if any; false (with the message beside the field, nothing stored) when refused.</summary>
    private async Task<bool> AttachAsync(Report draft, CancellationToken cancellationToken)
    {
        if (!string.IsNullOrWhiteSpace(Input.LinkUrl))
        {
            try
            {
                draft.AttachLink(Input.LinkUrl, Input.LinkTitle);
            }
            catch (DomainException e)
            {
                ModelState.AddModelError($"{nameof(Input)}.{nameof(ReportInput.LinkUrl)}", e.Message);
                return false;
            }
        }

        if (Upload is { Length: > 0 } upload)
        {
            try
            {
                using var buffer = new MemoryStream();
                await upload.CopyToAsync(buffer, cancellationToken);
                draft.AttachFile(await store.PutAsync(buffer.ToArray(), cancellationToken), upload.FileName);
            }
            catch (DomainException e)
            {
                ModelState.AddModelError(nameof(Upload), e.Message);
                return false;
            }
        }

        return true;
    }

    private bool TryReadInput(out ReportContent content, out List<(Guid, decimal?)> values)
    {
        values = [];
        if (!ReportInput.TryParseDate(Input.CompletedOn, out var completedOn))
        {
            ModelState.AddModelError($"{nameof(Input)}.{nameof(ReportInput.CompletedOn)}", WorkspaceText.DateInvalid);
        }

        var known = IndicatorList.Select(i => i.Id).ToHashSet();
        for (var i = 0; i < Input.Indicators.Count; i++)
        {
            var indicator = Input.Indicators[i];
            if (!known.Contains(indicator.IndicatorId))
            {
                continue;
            }

            if (NumberInput.TryParse(indicator.Value, out var value))
            {
                values.Add((indicator.IndicatorId, value));
            }
            else
            {
                ModelState.AddModelError($"{nameof(Input)}.{nameof(ReportInput.Indicators)}[{i}].{nameof(IndicatorInput.Value)}", WorkspaceText.NotANumber);
            }
        }

        content = new ReportContent(Input.MessageType, Input.Status, Input.WhatWasDone, completedOn, Input.Reasons, Input.CancellingAct);
        return ModelState.IsValid;
    }

    /// <summary>Finds the obligation (404 outside the organisation, withdrawn or external; 403 for another unit's) and what the page shows.</summary>
    private async Task<IActionResult?> LoadAsync(Guid obligationId, CancellationToken cancellationToken)
    {
        ObligationId = obligationId;
        var obligation = await db.Obligations.FirstOrDefaultAsync(o => o.Id == obligationId && o.WithdrawnAtUtc == null && !o.IsExternal, cancellationToken);
        if (obligation is null)
        {
            return NotFound();
        }

        if (!(await currentUser.UnitsAsync(cancellationToken)).Contains(obligation.OrgUnitId))
        {
            return Forbid();
        }

        _obligation = obligation;
        _period = await db.ReportingPeriods.FirstAsync(p => p.Id == obligation.PeriodId, cancellationToken);
        var key = _period.ParsedKey;
        var indicators = await db.Indicators.AsNoTracking().Where(i => i.MeasureId == obligation.MeasureId).OrderBy(i => i.Position).ToListAsync(cancellationToken);
        IndicatorList = [.. indicators.Select(i => new IndicatorView(i.Id, i.Name, i.UnitOfMeasure, i.TargetFor(key) ?? i.ProgrammeTarget))];
        _tracked = await db.Reports.Where(r => r.ObligationId == obligationId).ToListAsync(cancellationToken);
        Versions = [.. _tracked.OrderByDescending(r => r.Number)];
        return null;
    }

    /// <summary>
    /// What only the page shows: the measure's text, the unit's name, the registers' figures. A post
    /// that succeeds redirects without them; one that shows the form again reads them then
    /// (<see cref="PageAgainAsync"/>), so a submission in a deadline rush costs three reads fewer.
    /// </summary>
    private async Task LoadViewAsync(CancellationToken cancellationToken)
    {
        var unitName = await db.OrgUnits.Where(u => u.Id == _obligation.OrgUnitId).Select(u => u.Name).FirstAsync(cancellationToken);
        Measure = await db.Measures.Where(m => m.Id == _obligation.MeasureId)
            .Select(m => new MeasureView(m.Number, m.Text, m.Term.Text, unitName, _period.Key, _period.DueOn, _period.ClosedAtUtc != null))
            .FirstOrDefaultAsync(cancellationToken) ?? new MeasureView("—", "", "", unitName, _period.Key, _period.DueOn, _period.IsClosed);
        RegisterOffers = await Registers.RegisterOffer.ForAsync(db, _period.ProgrammeId, _obligation.MeasureId, _period.StartsOn, _period.EndsOn, cancellationToken);
    }

    /// <summary>The form again (a refusal) after a post: with what the page shows.</summary>
    private async Task<IActionResult> PageAgainAsync(IActionResult result, CancellationToken cancellationToken)
    {
        if (result is PageResult)
        {
            await LoadViewAsync(cancellationToken);
        }

        return result;
    }

    /// <summary>The form's fields from the open draft (or empty, for the first report).</summary>
    private void FillFromDraft()
    {
        var ids = IndicatorList.Select(i => i.Id);
        Input = Current is { State: ReportState.Draft } draft
            ? ReportInput.From(draft, ids)
            : new ReportInput { Indicators = [.. ids.Select(id => new IndicatorInput { IndicatorId = id })] };
    }

    public string IndicatorName(Guid id) => IndicatorList.FirstOrDefault(i => i.Id == id) is { } i ? $"{i.Name}, {i.UnitOfMeasure}" : "—";

    private Guid UserId => currentUser.Id ?? throw new DomainException(WorkspaceText.SignInToReport);

    private DateTime Now => time.GetUtcNow().UtcDateTime;
}
