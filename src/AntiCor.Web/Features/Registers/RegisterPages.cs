using System.Globalization;
using AntiCor.Core.Data;
using AntiCor.Core.Domain;
using AntiCor.Web.Features.OpenData;
using AntiCor.Web.Infrastructure;
using AntiCor.Web.Infrastructure.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace AntiCor.Web.Features.Registers;

/// <summary>
/// What every register's list page has alike: the filter, the page of rows, the units offered,
/// whether the user may add or import entries, the notice after a save, and the end of the
/// request — the whole filtered list as CSV or XLSX, or the page.
/// </summary>
public abstract class RegisterIndexModel<TRow>(AppDbContext db, RegisterAccess access) : PageModel
{
    protected AppDbContext Db => db;

    protected RegisterAccess Access => access;

    [BindProperty(SupportsGet = true)]
    public RegisterFilter Filter { get; set; } = new();

    public RegisterPage<TRow> Result { get; private set; } = new([], 0, 1);

    public IReadOnlyList<UnitOption> Units { get; private set; } = [];

    public bool CanCreate { get; private set; }

    public bool CanImport => access.IsCoordinator;

    [TempData]
    public string? Notice { get; set; }

    protected static bool Exporting(string? format) => format is "csv" or "xlsx";

    /// <summary>
    /// An export is a document: the request that builds it (the rows' words, the mask of names)
    /// reads in Ukrainian whatever the reader's language (ADR-014), so that the import reads it back.
    /// </summary>
    public override async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        if (!Exporting(context.HttpContext.Request.Query["format"]))
        {
            await base.OnPageHandlerExecutionAsync(context, next);
            return;
        }

        var before = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = UiLanguage.Ukrainian;
        try
        {
            await base.OnPageHandlerExecutionAsync(context, next);
        }
        finally
        {
            CultureInfo.CurrentUICulture = before;
        }
    }

    /// <summary>The rows as the export asked for, or the page with its units and the add button.</summary>
    protected async Task<IActionResult> ListOrFileAsync(string? format, string name, IReadOnlyList<OpenDataColumn<TRow>> columns, IReadOnlyList<TRow> rows,
        int total, IReadOnlyList<Guid>? units, CancellationToken cancellationToken)
    {
        if (await RegisterExport.FileAsync(db, format, name, columns, rows, cancellationToken) is { } file)
        {
            return file;
        }

        Result = new RegisterPage<TRow>(rows, total, Math.Max(1, Filter.Page));
        Units = await RegisterUnits.OptionsAsync(db, units, cancellationToken);
        CanCreate = await access.CanCreateAsync(cancellationToken);
        return Page();
    }
}

/// <summary>
/// What every register's entry form has alike: the entry (404 when it is not the user's to see,
/// 403 for who may not change it), the units the form offers, the unit chosen among them, and the
/// organisation a new entry belongs to.
/// </summary>
public abstract class RegisterEditModel<TEntry>(AppDbContext db, RegisterAccess access, CurrentUser currentUser) : PageModel
    where TEntry : class
{
    protected AppDbContext Db => db;

    protected RegisterAccess Access => access;

    public Guid? Id { get; private set; }

    public IReadOnlyList<UnitOption> Units { get; private set; } = [];

    public TEntry? Entry { get; private set; }

    [TempData]
    public string? Notice { get; set; }

    protected Guid OrganizationId => currentUser.OrganizationId ?? throw new DomainException(RegistersText.NotFound);

    /// <summary>The entry by its id among the units the user sees (all of them when null).</summary>
    protected abstract Task<TEntry?> FindAsync(Guid id, IReadOnlyList<Guid>? units, CancellationToken cancellationToken);

    protected abstract Guid UnitOf(TEntry entry);

    /// <summary>Loads the entry and the form's units; a refusal (404, 403) when the form may not open.</summary>
    protected async Task<IActionResult?> LoadAsync(Guid? id, CancellationToken cancellationToken)
    {
        Id = id;
        var units = await access.UnitsAsync(cancellationToken);
        Entry = id is { } entryId ? await FindAsync(entryId, units, cancellationToken) : null;
        if (await access.RefusalAsync(id, Entry is { } entry ? UnitOf(entry) : null, cancellationToken) is { } refusal)
        {
            return refusal;
        }

        Units = await access.FormUnitsAsync(db, cancellationToken);
        await LoadMoreAsync(cancellationToken);
        return null;
    }

    /// <summary>What else a form offers (a catalogue), loaded with the entry.</summary>
    protected virtual Task LoadMoreAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>The unit posted, if the form offers it; otherwise the form's error and null.</summary>
    protected Guid? ChosenUnit(Guid? posted)
    {
        var unitId = posted is { } u && Units.Any(x => x.Id == u) ? u : (Guid?)null;
        if (unitId is null)
        {
            ModelState.AddModelError("Input.OrgUnitId", RegistersText.UnitRequired);
        }

        return unitId;
    }
}
