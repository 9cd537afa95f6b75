using AntiCor.Core.Data;
using AntiCor.Core.Data.Configurations;
using AntiCor.Core.Domain;
using AntiCor.Core.Registers;
using AntiCor.Core.Registers.Import;
using AntiCor.Web.Features.OpenData;
using AntiCor.Web.Infrastructure;
using AntiCor.Web.Infrastructure.Localization;

namespace AntiCor.Web.Features.Registers;

/// <summary>One row of the review: the values as they will be stored, in the columns' order, and its errors.</summary>
public sealed record RegisterReviewLine(int Line, IReadOnlyList<string> Cells, IReadOnlyList<string> Errors);

/// <summary>What the import page shows: a refusal of the file, or the rows with their errors; how many were stored.</summary>
public sealed record RegisterImportReview(string? FileError, IReadOnlyList<RegisterImportColumn> Columns, IReadOnlyList<RegisterReviewLine> Lines, bool CanStore, int Stored)
{
    public int ErrorRows => Lines.Count(l => l.Errors.Count > 0);
}

/// <summary>
/// Extension point: a register the import page serves. Each register's slice adds one (a
/// <see cref="RegisterImporter{T}"/> with its column specification) and registers it in
/// <see cref="RegisterImporters.AddRegisterImporters"/>; the page finds it by the register's path.
/// </summary>
public interface IRegisterImporter
{
    RegisterKind Register { get; }

    /// <summary>The segment of the import's address, <c>/registers/{Key}/import</c>: the list's own for most registers.</summary>
    string Key { get; }

    /// <summary>The list the import adds to, where the page returns after a save.</summary>
    string ListPath { get; }

    /// <summary>The list's title, shown above the import.</summary>
    string Title { get; }

    /// <summary>Reads the file and checks every row; nothing is stored.</summary>
    Task<RegisterImportReview> ReviewAsync(byte[] content, string fileName, CancellationToken cancellationToken);

    /// <summary>Reads and checks the file again and, only when no row has an error, stores every row in one save.</summary>
    Task<RegisterImportReview> StoreAsync(byte[] content, string fileName, CancellationToken cancellationToken);
}

/// <summary>
/// The import of one register: its specification (built per request, with the organisation's
/// units and catalogues), and how a checked input becomes an entry. All rows are stored in one
/// SaveChanges — one transaction, every entry in the audit trail by the interceptor — or none.
/// </summary>
public abstract class RegisterImporter<T>(AppDbContext db, CurrentUser currentUser) : IRegisterImporter
    where T : class
{
    public abstract RegisterKind Register { get; }

    public virtual string ListPath => RegistersText.Path(Register);

    public virtual string Key => ListPath["/registers/".Length..];

    public virtual string Title => RegistersText.Name(Register);

    protected AppDbContext Db => db;

    protected abstract Task<IRegisterImportSpec<T>> SpecAsync(CancellationToken cancellationToken);

    /// <summary>Creates the entry of a checked input and adds it to the context (not saved).</summary>
    protected abstract Task AddAsync(Guid organizationId, T input, CancellationToken cancellationToken);

    public async Task<RegisterImportReview> ReviewAsync(byte[] content, string fileName, CancellationToken cancellationToken)
    {
        var spec = await SpecAsync(cancellationToken);
        return View(spec, RegisterSheet.Read(content, fileName, spec), 0);
    }

    public async Task<RegisterImportReview> StoreAsync(byte[] content, string fileName, CancellationToken cancellationToken)
    {
        var spec = await SpecAsync(cancellationToken);
        var result = RegisterSheet.Read(content, fileName, spec);
        if (!result.CanStore)
        {
            return View(spec, result, 0);
        }

        var organization = currentUser.OrganizationId ?? throw new DomainException(RegistersText.NotFound);
        foreach (var line in result.Lines)
        {
            await AddAsync(organization, line.Input!, cancellationToken);
        }

        await db.SaveChangesAsync(cancellationToken);
        return View(spec, result, result.Lines.Count);
    }

    protected async Task<IReadOnlyList<ImportOption>> UnitsAsync(CancellationToken cancellationToken) =>
        [.. (await RegisterUnits.OptionsAsync(db, null, cancellationToken)).Select(u => new ImportOption(u.Id, u.Name))];

    private static RegisterImportReview View(IRegisterImportSpec<T> spec, RegisterImportResult<T> result, int stored)
    {
        var shown = spec.Columns.Where(c => c.Use != ImportColumnUse.Derived).ToList();
        var lines = result.Lines.Select(l => new RegisterReviewLine(l.Line,
            [.. shown.Select(c => l.Shown.GetValueOrDefault(c.Header, ""))],
            [.. l.Errors.Select(e => e.Text)])).ToList();
        return new RegisterImportReview(result.FileError, shown, lines, result.CanStore, stored);
    }
}

/// <summary>The registers' import specifications share the export's columns and the form's check of a person's name.</summary>
public static class RegisterImportColumns
{
    /// <summary>The export's columns as import columns: required unless named optional or derived.</summary>
    public static IReadOnlyList<RegisterImportColumn> From<TRow>(IReadOnlyList<OpenDataColumn<TRow>> columns, string[] optional, string[] derived) =>
        [.. columns.Select(c => new RegisterImportColumn(c.Name, c.Description,
            derived.Contains(c.Name) ? ImportColumnUse.Derived : optional.Contains(c.Name) ? ImportColumnUse.Optional : ImportColumnUse.Required))];

    /// <summary>A person's name (or other personal datum); the mask or the erasure mark of an export is no value and refuses the row.</summary>
    public static string? Person(RegisterImportRow row, string header, int limit = Limits.Name, bool required = true)
    {
        var name = row.Text(header, limit, required);
        if (name is not null && IsHidden(name))
        {
            row.Error(header, RegistersText.ImportNameHidden);
            return null;
        }

        return name;
    }

    /// <summary>The mask or the erasure mark as an export writes them (in Ukrainian), or as the page shows them in either language.</summary>
    private static bool IsHidden(string name) =>
        name == RegisterAccess.Masked || name == RegistersText.Erased
        || name == InterfaceText.InUkrainian(() => RegisterAccess.Masked) || name == InterfaceText.InUkrainian(() => RegistersText.Erased);
}

public static class RegisterImporters
{
    public static IServiceCollection AddRegisterImporters(this IServiceCollection services) => services
        .AddScoped<IRegisterImporter, DraftActs.DraftActsImporter>()
        .AddScoped<IRegisterImporter, Appointments.AppointmentsImporter>()
        .AddScoped<IRegisterImporter, Conflicts.ConflictsImporter>()
        .AddScoped<IRegisterImporter, Declarations.DeclarationsImporter>()
        .AddScoped<IRegisterImporter, Trainings.TrainingsImporter>()
        .AddScoped<IRegisterImporter, Trainings.ConsultationsImporter>()
        .AddScoped<IRegisterImporter, LiablePersons.LiablePersonsImporter>();
}
