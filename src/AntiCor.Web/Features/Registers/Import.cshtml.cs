using System.Text.Json;
using AntiCor.Core.Domain;
using AntiCor.Core.Registers.Import;
using AntiCor.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace AntiCor.Web.Features.Registers;

/// <summary>
/// The coordinator imports a register kept in Excel, in the columns of the register's export:
/// upload, a review of every row as it will be stored with its errors, then «Зберегти», which
/// stores all rows in one transaction only when no row has an error.
/// </summary>
/// <remarks>
/// The uploaded file travels with the review form, encrypted and signed by Data Protection
/// (as the programme import's draft does), rather than in the evidence store: the review stores
/// nothing on the server — not even for a file that is never confirmed, with names of persons in
/// it — and the confirmation reads and checks the very same bytes again against the units and
/// catalogue as they are then. A tampered or stale token is refused and nothing is stored.
/// </remarks>
[Authorize(Policy = Policies.RegisterKeeping)]
[RequestFormLimits(MultipartBodyLengthLimit = FormLimit, ValueLengthLimit = FormLimit)]
[RequestSizeLimit(FormLimit)]
public sealed class ImportModel(IEnumerable<IRegisterImporter> importers, IDataProtectionProvider protection) : PageModel
{
    private const int FormLimit = (RegisterImportWords.MaxBytes * 2) + (512 * 1024);

    [BindProperty]
    public IFormFile? Upload { get; set; }

    [BindProperty]
    public string? Draft { get; set; }

    public string Register { get; private set; } = "";

    public string Title { get; private set; } = "";

    public string ListPath { get; private set; } = "";

    public RegisterImportReview? Review { get; private set; }

    public IActionResult OnGet(string register) => Find(register) is null ? NotFound() : Page();

    public async Task<IActionResult> OnPostUploadAsync(string register, CancellationToken cancellationToken)
    {
        if (Find(register) is not { } importer)
        {
            return NotFound();
        }

        if (Upload is not { Length: > 0 } upload)
        {
            ModelState.AddModelError(nameof(Upload), RegistersText.ImportNoFile);
            return Page();
        }

        if (upload.Length > RegisterImportWords.MaxBytes)
        {
            ModelState.AddModelError(nameof(Upload), RegisterImportWords.TooLarge);
            return Page();
        }

        using var buffer = new MemoryStream();
        await upload.CopyToAsync(buffer, cancellationToken);
        var file = new DraftFile(Path.GetFileName(upload.FileName), buffer.ToArray());
        Review = await importer.ReviewAsync(file.Content, file.Name, cancellationToken);
        Draft = Review.CanStore ? Protector(importer).Protect(JsonSerializer.Serialize(file)) : null;
        return Page();
    }

    public async Task<IActionResult> OnPostSaveAsync(string register, CancellationToken cancellationToken)
    {
        if (Find(register) is not { } importer)
        {
            return NotFound();
        }

        if (Unprotect(importer) is not { } file)
        {
            ModelState.AddModelError(string.Empty, RegistersText.ImportExpired);
            return Page();
        }

        try
        {
            Review = await importer.StoreAsync(file.Content, file.Name, cancellationToken);
        }
        catch (Exception e) when (e is DomainException or DbUpdateConcurrencyException)
        {
            // Nothing was saved: the one SaveChanges failed as a whole.
            ModelState.AddModelError(string.Empty, e is DomainException ? e.Message : StaleRecord.Message);
            return Page();
        }

        if (Review.Stored == 0)
        {
            ModelState.AddModelError(string.Empty, RegistersText.ImportHasErrors);
            return Page();
        }

        TempData["Notice"] = RegistersText.Imported(Review.Stored);
        return Redirect(ListPath);
    }

    private IRegisterImporter? Find(string register)
    {
        var importer = importers.FirstOrDefault(i => i.Key == register);
        if (importer is not null)
        {
            Register = register;
            Title = importer.Title;
            ListPath = importer.ListPath;
        }

        return importer;
    }

    private IDataProtector Protector(IRegisterImporter importer) => protection.CreateProtector("AntiCor.Registers.ImportDraft.v1", importer.Key);

    private DraftFile? Unprotect(IRegisterImporter importer)
    {
        if (string.IsNullOrEmpty(Draft))
        {
            return null;
        }

        try
        {
            return JsonSerializer.Deserialize<DraftFile>(Protector(importer).Unprotect(Draft));
        }
        catch (Exception e) when (e is System.Security.Cryptography.CryptographicException or JsonException or FormatException)
        {
            return null;
        }
    }

    private sealed record DraftFile(string Name, byte[] Content);
}
