using AntiCor.Core.Data;
using AntiCor.Core.Data.Configurations;
using AntiCor.Core.Registers;
using AntiCor.Core.Registers.Import;
using AntiCor.Core.Reporting;
using AntiCor.Web.Infrastructure;
using AntiCor.Web.Infrastructure.Localization;

namespace AntiCor.Web.Features.Registers.Conflicts;

/// <summary>A notification of a conflict of interest and its settlement as the form passes them on.</summary>
public sealed record ConflictInput(Guid UnitId, string PersonName, ConflictKind Kind, string Description, DateOnly NotifiedOn, string? Decision, DateOnly? SettledOn, string? Outcome);

/// <summary>The columns of the export of conflicts of interest; the settlement's due date and the overdue mark are counted again.</summary>
public sealed class ConflictsImportSpec(IReadOnlyList<ImportOption> units, DaysOff daysOff) : IRegisterImportSpec<ConflictInput>
{
    public static readonly IReadOnlyList<RegisterImportColumn> Table =
        RegisterImportColumns.From(IndexModel.Columns, optional: ["settlementDecision", "settledOn", "outcome"], derived: ["settlementDueOn", "overdue"]);

    public IReadOnlyList<RegisterImportColumn> Columns => Table;

    public ConflictInput? Parse(RegisterImportRow row)
    {
        var unit = row.Option("unit", units, RegisterImportWords.UnitUnknown);
        var name = RegisterImportColumns.Person(row, "person");
        var kind = row.Choice<ConflictKind>("kind", InterfaceText.Ukrainian<ConflictKind>(ConflictsText.KindName));
        var description = row.Text("description", Limits.Text);
        var notified = row.Date("notifiedOn");
        var decision = row.Text("settlementDecision", Limits.Text, required: false);
        var settled = row.Date("settledOn", required: false);
        var outcome = row.Text("outcome", Limits.Text, required: false);
        row.Check(message => message == RegisterWords.SettlementWithoutDecision ? "settlementDecision" : "settledOn", () =>
            new ConflictOfInterest(Guid.Empty, unit!.Id).Edit(unit.Id, name!, kind!.Value, description!, notified!.Value, decision, settled, outcome, daysOff));
        return row.IsValid ? new ConflictInput(unit!.Id, name!, kind!.Value, description!, notified!.Value, decision, settled, outcome) : null;
    }
}

public sealed class ConflictsImporter(AppDbContext db, CurrentUser currentUser, TimeProvider time) : RegisterImporter<ConflictInput>(db, currentUser)
{
    private DaysOff? _daysOff;

    public override RegisterKind Register => RegisterKind.Conflicts;

    protected override async Task<IRegisterImportSpec<ConflictInput>> SpecAsync(CancellationToken cancellationToken) =>
        new ConflictsImportSpec(await UnitsAsync(cancellationToken), await DaysOffAsync(cancellationToken));

    protected override async Task AddAsync(Guid organizationId, ConflictInput input, CancellationToken cancellationToken)
    {
        var conflict = new ConflictOfInterest(organizationId, input.UnitId);
        conflict.Edit(input.UnitId, input.PersonName, input.Kind, input.Description, input.NotifiedOn, input.Decision, input.SettledOn, input.Outcome,
            await DaysOffAsync(cancellationToken));
        Db.ConflictsOfInterest.Add(conflict);
    }

    private async Task<DaysOff> DaysOffAsync(CancellationToken cancellationToken) =>
        _daysOff ??= await new ReportingSchedule(Db, time).DaysOffAsync(cancellationToken);
}
