using AntiCor.Core.Data;
using AntiCor.Core.Data.Configurations;
using AntiCor.Core.Mail;
using AntiCor.Core.Registers;
using AntiCor.Core.Registers.Import;
using AntiCor.Core.Reporting;
using AntiCor.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace AntiCor.Web.Features.Registers.Declarations;

/// <summary>A declarant of one campaign and the filing as the form passes them on.</summary>
public sealed record DeclarationInput(Guid UnitId, int Year, string PersonName, string Email, string Position, DateOnly? DismissedOn,
    DateOnly? FiledOn, string? RegisterUrl, DateOnly? NacpNotifiedOn);

/// <summary>A declarant already in a campaign: the year, the name and the address the form compares.</summary>
public sealed record CampaignDeclarant(int Year, string? PersonName, string? Email);

/// <summary>
/// The columns of the export of declarations; the deadline and the state are counted again. A
/// declarant already in the year's campaign — stored, or in an earlier row of the same file
/// (the same name or e-mail, as the form compares them) — refuses the row.
/// </summary>
/// <remarks>The specification is built per read, so the rows it has seen are those of one file only.</remarks>
public sealed class DeclarationsImportSpec(IReadOnlyList<ImportOption> units, IReadOnlyList<CampaignDeclarant> stored, DaysOff daysOff) : IRegisterImportSpec<DeclarationInput>
{
    public static readonly IReadOnlyList<RegisterImportColumn> Table =
        RegisterImportColumns.From(IndexModel.Columns, optional: ["dismissedOn", "filedOn", "registerUrl", "nacpNotifiedOn"], derived: ["dueOn", "state"]);

    private readonly List<(int Line, DeclarationInput Input)> _seen = [];

    public IReadOnlyList<RegisterImportColumn> Columns => Table;

    public DeclarationInput? Parse(RegisterImportRow row)
    {
        var year = row.Number("year", required: true);
        var unit = row.Option("unit", units, RegisterImportWords.UnitUnknown);
        var name = RegisterImportColumns.Person(row, "person");
        var email = RegisterImportColumns.Person(row, "email", OutboxMessage.AddressLength);
        var position = row.Text("position", Limits.Name);
        var dismissed = row.Date("dismissedOn", required: false);
        var filed = row.Date("filedOn", required: false);
        var url = row.Text("registerUrl", Limits.Title, required: false);
        var notified = row.Date("nacpNotifiedOn", required: false);
        if (!row.IsValid)
        {
            return null;
        }

        // The entry's own rules give the stored form of the name and the address (trimmed, lower-cased) compared below.
        var scratch = new Declaration(Guid.Empty, unit!.Id, year!.Value);
        row.Check(ColumnOf, () => scratch.Edit(unit.Id, year.Value, name!, email!, position!, dismissed, filed, url, notified, daysOff));
        if (!row.IsValid)
        {
            return null;
        }

        var input = new DeclarationInput(unit.Id, year.Value, scratch.PersonName!, scratch.Email!, position!, dismissed, filed, scratch.RegisterUrl, notified);
        if (stored.FirstOrDefault(d => d.Year == input.Year && (d.Email == input.Email || d.PersonName == input.PersonName)) is { } twin)
        {
            row.Error(twin.Email == input.Email ? "email" : "person", RegisterWords.DeclarantTwice);
            return null;
        }

        var earlier = _seen.FindIndex(s => s.Input.Year == input.Year && (s.Input.Email == input.Email || s.Input.PersonName == input.PersonName));
        if (earlier >= 0)
        {
            row.Error(_seen[earlier].Input.Email == input.Email ? "email" : "person", RegisterImportWords.DeclarantTwiceInFile(_seen[earlier].Line));
            return null;
        }

        _seen.Add((row.Line, input));
        return input;
    }

    private static string ColumnOf(string message) => message switch
    {
        RegisterWords.DeclarationYearRange => "year",
        RegisterWords.FiledBeforeCampaign or RegisterWords.FiledBeforeDismissal or RegisterWords.UrlWithoutFiledOn => "filedOn",
        RegisterWords.NacpNotifiedBeforeDue => "nacpNotifiedOn",
        RegisterWords.DeclarationUrlNotHttps or RegisterWords.FiledWithoutUrl => "registerUrl",
        RegisterWords.DeclarantEmailInvalid => "email",
        _ => "person",
    };
}

public sealed class DeclarationsImporter(AppDbContext db, CurrentUser currentUser, TimeProvider time) : RegisterImporter<DeclarationInput>(db, currentUser)
{
    private DaysOff? _daysOff;

    public override RegisterKind Register => RegisterKind.Declarations;

    protected override async Task<IRegisterImportSpec<DeclarationInput>> SpecAsync(CancellationToken cancellationToken) =>
        new DeclarationsImportSpec(await UnitsAsync(cancellationToken),
            await Db.Declarations.AsNoTracking().Where(d => d.ErasedAtUtc == null).Select(d => new CampaignDeclarant(d.Year, d.PersonName, d.Email)).ToListAsync(cancellationToken),
            await DaysOffAsync(cancellationToken));

    protected override async Task AddAsync(Guid organizationId, DeclarationInput input, CancellationToken cancellationToken)
    {
        var declaration = new Declaration(organizationId, input.UnitId, input.Year);
        declaration.Edit(input.UnitId, input.Year, input.PersonName, input.Email, input.Position, input.DismissedOn, input.FiledOn, input.RegisterUrl,
            input.NacpNotifiedOn, await DaysOffAsync(cancellationToken));
        Db.Declarations.Add(declaration);
    }

    private async Task<DaysOff> DaysOffAsync(CancellationToken cancellationToken) =>
        _daysOff ??= await new ReportingSchedule(Db, time).DaysOffAsync(cancellationToken);
}
