using AntiCor.Core.Data;
using AntiCor.Core.Data.Configurations;
using AntiCor.Core.Registers;
using AntiCor.Core.Registers.Import;
using AntiCor.Web.Infrastructure;
using AntiCor.Web.Infrastructure.Localization;

namespace AntiCor.Web.Features.Registers.LiablePersons;

/// <summary>An official held liable as the form passes the entry on.</summary>
public sealed record LiablePersonInput(Guid UnitId, string PersonName, string Position, string Offence, DateOnly? OffenceOn,
    LiabilityDecisionKind DecisionKind, string Decision, DateOnly DecisionOn, bool Dismissed, bool CausesReviewed, string? MeasuresTaken);

/// <summary>
/// The columns of the export of persons held liable. The two measures taken are yes-or-no cells
/// (the export's «true»/«false»); left out, or empty, they are «no», as an unticked box on the form.
/// </summary>
public sealed class LiablePersonsImportSpec(IReadOnlyList<ImportOption> units) : IRegisterImportSpec<LiablePersonInput>
{
    public static readonly IReadOnlyList<RegisterImportColumn> Table =
        RegisterImportColumns.From(IndexModel.Columns, optional: ["offenceOn", "dismissed", "causesReviewed", "measuresTaken"], derived: []);

    public IReadOnlyList<RegisterImportColumn> Columns => Table;

    public LiablePersonInput? Parse(RegisterImportRow row)
    {
        var unit = row.Option("unit", units, RegisterImportWords.UnitUnknown);
        var name = RegisterImportColumns.Person(row, "person");
        var position = row.Text("position", Limits.Name);
        var offence = row.Text("offence", Limits.Title);
        var offenceOn = row.Date("offenceOn", required: false);
        var kind = row.Choice<LiabilityDecisionKind>("decisionKind", InterfaceText.Ukrainian<LiabilityDecisionKind>(LiablePersonsText.KindName));
        var decision = row.Text("decision", Limits.Title);
        var decisionOn = row.Date("decisionOn");
        var dismissed = row.Flag("dismissed");
        var reviewed = row.Flag("causesReviewed");
        var measures = row.Text("measuresTaken", Limits.Text, required: false);
        if (!row.IsValid)
        {
            return null;
        }

        var input = new LiablePersonInput(unit!.Id, name!, position!, offence!, offenceOn, kind!.Value, decision!, decisionOn!.Value, dismissed!.Value, reviewed!.Value, measures);
        row.Check("decisionOn", () => LiablePersonsImporter.Apply(new LiablePerson(Guid.Empty, input.UnitId), input));
        return row.IsValid ? input : null;
    }
}

public sealed class LiablePersonsImporter(AppDbContext db, CurrentUser currentUser) : RegisterImporter<LiablePersonInput>(db, currentUser)
{
    public override RegisterKind Register => RegisterKind.LiablePersons;

    protected override async Task<IRegisterImportSpec<LiablePersonInput>> SpecAsync(CancellationToken cancellationToken) =>
        new LiablePersonsImportSpec(await UnitsAsync(cancellationToken));

    protected override Task AddAsync(Guid organizationId, LiablePersonInput input, CancellationToken cancellationToken)
    {
        var person = new LiablePerson(organizationId, input.UnitId);
        Apply(person, input);
        Db.LiablePersons.Add(person);
        return Task.CompletedTask;
    }

    internal static void Apply(LiablePerson person, LiablePersonInput input) =>
        person.Edit(input.UnitId, input.PersonName, input.Position, input.Offence, input.OffenceOn, input.DecisionKind, input.Decision, input.DecisionOn,
            input.Dismissed, input.CausesReviewed, input.MeasuresTaken);
}
