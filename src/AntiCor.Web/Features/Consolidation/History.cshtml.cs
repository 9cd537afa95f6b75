using System.Text.Json;
using AntiCor.Core.Data;
using AntiCor.Core.Documents.Import;
using AntiCor.Core.Domain;
using AntiCor.Core.Reporting.Consolidation;
using AntiCor.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace AntiCor.Web.Features.Consolidation;

/// <summary>
/// The coordinator loads earlier periods' reports from a workbook in the consolidated layout:
/// upload, a review of what each row will do (stored, skipped, or a problem with its reason), then
/// confirm. The rows travel with the form, protected against tampering, so nothing is kept on the
/// server before confirmation; confirmation re-checks them against the database and stores all of
/// them in one save, or none while a problem row is not excluded.
/// </summary>
[Authorize(Policies.ReportReview)]
[RequestFormLimits(MultipartBodyLengthLimit = HistoryWorkbook.MaxBytes + (1024 * 1024))]
[RequestSizeLimit(HistoryWorkbook.MaxBytes + (1024 * 1024))]
public sealed class HistoryModel(AppDbContext db, TimeProvider time, IDataProtectionProvider protection, CurrentUser currentUser) : PageModel
{
    [BindProperty]
    public IFormFile? Upload { get; set; }

    [BindProperty]
    public string? Draft { get; set; }

    [BindProperty]
    public List<int> Excluded { get; set; } = [];

    public string ProgrammeTitle { get; private set; } = "";
    public IReadOnlyList<HistoryLine> Lines { get; private set; } = [];
    public int? StoredCount { get; private set; }

    public bool HasProblems => Lines.Any(l => l.Outcome == HistoryOutcome.Problem && !Excluded.Contains(l.Row.Line));

    private IDataProtector Protector => protection.CreateProtector("AntiCor.Consolidation.HistoryDraft.v1");

    public async Task<IActionResult> OnGetAsync(Guid id, int? stored, CancellationToken cancellationToken)
    {
        StoredCount = stored;
        return await LoadTitleAsync(id, cancellationToken) ? Page() : NotFound();
    }

    public async Task<IActionResult> OnPostUploadAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!await LoadTitleAsync(id, cancellationToken))
        {
            return NotFound();
        }

        if (Upload is null || Upload.Length == 0)
        {
            ModelState.AddModelError(nameof(Upload), ConsolidationText.NoFile);
            return Page();
        }

        try
        {
            if (Upload.Length > HistoryWorkbook.MaxBytes)
            {
                throw new ImportException(ConsolidationText.TooLarge);
            }

            using var buffer = new MemoryStream();
            await Upload.CopyToAsync(buffer, cancellationToken);
            var rows = HistoryWorkbook.Read(buffer.ToArray());
            Draft = Protector.Protect(JsonSerializer.Serialize(rows));
            Lines = await new HistoryImport(db, time).ReviewAsync(id, rows, cancellationToken);
        }
        catch (ImportException e)
        {
            ModelState.AddModelError(nameof(Upload), e.Message);
        }

        return Page();
    }

    public async Task<IActionResult> OnPostConfirmAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!await LoadTitleAsync(id, cancellationToken))
        {
            return NotFound();
        }

        var rows = Rows();
        if (rows is null)
        {
            ModelState.AddModelError(nameof(Upload), ConsolidationText.Expired);
            return Page();
        }

        var import = new HistoryImport(db, time);
        try
        {
            var stored = await import.StoreAsync(id, rows, Excluded.ToHashSet(), currentUser.Id ?? Guid.Empty, cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
            return RedirectToPage(new { id, stored });
        }
        catch (DomainException e)
        {
            ModelState.AddModelError(string.Empty, e.Message);
        }
        catch (DbUpdateConcurrencyException)
        {
            ModelState.AddModelError(string.Empty, StaleRecord.Message);
        }

        db.ChangeTracker.Clear();
        Lines = await import.ReviewAsync(id, rows, cancellationToken);
        return Page();
    }

    private IReadOnlyList<HistoryRow>? Rows()
    {
        if (string.IsNullOrEmpty(Draft))
        {
            return null;
        }

        try
        {
            return JsonSerializer.Deserialize<List<HistoryRow>>(Protector.Unprotect(Draft));
        }
        catch (Exception e) when (e is System.Security.Cryptography.CryptographicException or JsonException or FormatException)
        {
            return null;
        }
    }

    private async Task<bool> LoadTitleAsync(Guid id, CancellationToken cancellationToken)
    {
        ProgrammeTitle = await db.Programmes.Where(p => p.Id == id).Select(p => p.Title).SingleOrDefaultAsync(cancellationToken) ?? "";
        return ProgrammeTitle.Length > 0;
    }
}
