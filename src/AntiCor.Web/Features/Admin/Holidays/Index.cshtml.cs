using System.Globalization;
using AntiCor.Core.Data;
using AntiCor.Core.Domain;
using AntiCor.Core.Reporting;
using AntiCor.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace AntiCor.Web.Features.Admin.Holidays;

/// <summary>
/// The deployment administrator's table of public holidays, one year at a time: add, rename,
/// delete. It is one table for the whole deployment (not per organisation); every change is in the
/// audit trail through the save. Due dates follow at the next daily planning.
/// </summary>
[Authorize(Policy = Policies.DeploymentAdministration)]
public sealed class IndexModel(AppDbContext db, TimeProvider time) : PageModel
{
    public sealed record Row(Guid Id, DateOnly Date, string Name);

    public int Year { get; private set; }

    public IReadOnlyList<Row> Holidays { get; private set; } = [];

    [BindProperty]
    public string? NewDate { get; set; }

    [BindProperty]
    public string? NewName { get; set; }

    [TempData]
    public string? Notice { get; set; }

    public async Task OnGetAsync(int? year, CancellationToken cancellationToken) => await LoadAsync(year, cancellationToken);

    public async Task<IActionResult> OnPostAddAsync(int? year, CancellationToken cancellationToken)
    {
        var date = ParseDate(NewDate);
        var name = CheckName(NewName, nameof(NewName));
        if (date is null)
        {
            ModelState.AddModelError(nameof(NewDate), HolidaysText.DateRequired);
        }
        else if (await db.PublicHolidays.AsNoTracking().Where(h => h.Date == date).Select(h => h.Name).FirstOrDefaultAsync(cancellationToken) is { } taken)
        {
            ModelState.AddModelError(nameof(NewDate), HolidaysText.Taken(Format(date.Value), taken));
        }

        if (date is null || name is null || ModelState.ErrorCount > 0)
        {
            await LoadAsync(year ?? date?.Year, cancellationToken);
            return Page();
        }

        db.PublicHolidays.Add(new PublicHoliday(date.Value, name));
        await db.SaveChangesAsync(cancellationToken);
        Notice = HolidaysText.Added;
        return RedirectToPage(new { year = date.Value.Year });
    }

    public async Task<IActionResult> OnPostRenameAsync(Guid id, string? name, int? year, CancellationToken cancellationToken)
    {
        var holiday = await db.PublicHolidays.SingleOrDefaultAsync(h => h.Id == id, cancellationToken);
        var checkedName = CheckName(name, "Name-" + id.ToString("N"));
        if (holiday is null)
        {
            ModelState.AddModelError(string.Empty, HolidaysText.NotFound);
        }

        if (holiday is null || checkedName is null)
        {
            await LoadAsync(year ?? holiday?.Date.Year, cancellationToken);
            return Page();
        }

        holiday.Rename(checkedName);
        await db.SaveChangesAsync(cancellationToken);
        Notice = HolidaysText.Renamed;
        return RedirectToPage(new { year = holiday.Date.Year });
    }

    public async Task<IActionResult> OnPostDeleteAsync(Guid id, int? year, CancellationToken cancellationToken)
    {
        var holiday = await db.PublicHolidays.SingleOrDefaultAsync(h => h.Id == id, cancellationToken);
        if (holiday is null)
        {
            ModelState.AddModelError(string.Empty, HolidaysText.NotFound);
            await LoadAsync(year, cancellationToken);
            return Page();
        }

        db.PublicHolidays.Remove(holiday);
        await db.SaveChangesAsync(cancellationToken);
        Notice = HolidaysText.Deleted;
        return RedirectToPage(new { year = holiday.Date.Year });
    }

    public static string Format(DateOnly date) => date.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture);

    private static DateOnly? ParseDate(string? text) =>
        DateOnly.TryParseExact(text?.Trim(), "dd.MM.yyyy", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;

    private string? CheckName(string? text, string key)
    {
        var name = text?.Trim() ?? "";
        if (name.Length == 0)
        {
            ModelState.AddModelError(key, HolidaysText.NameRequired);
            return null;
        }

        if (name.Length > Core.Data.Configurations.Limits.Name)
        {
            ModelState.AddModelError(key, HolidaysText.NameTooLong);
            return null;
        }

        return name;
    }

    private async Task LoadAsync(int? year, CancellationToken cancellationToken)
    {
        Year = year is >= 1900 and <= 2200 ? year.Value : KyivTime.Today(time).Year;
        var from = new DateOnly(Year, 1, 1);
        var to = new DateOnly(Year, 12, 31);
        Holidays = await db.PublicHolidays.AsNoTracking().Where(h => h.Date >= from && h.Date <= to).OrderBy(h => h.Date)
            .Select(h => new Row(h.Id, h.Date, h.Name)).ToListAsync(cancellationToken);
    }
}
