using AntiCor.Core.Data;
using AntiCor.Core.Data.Configurations;
using AntiCor.Core.Registers;
using AntiCor.Core.Registers.Import;
using AntiCor.Web.Infrastructure;

namespace AntiCor.Web.Features.Registers.Trainings;

/// <summary>A training event as the form's first part passes it on.</summary>
public sealed record TrainingInput(string Topic, string Organiser, DateOnly StartsOn, DateOnly? EndsOn, int Hours);

/// <summary>
/// The columns of the export of training events. The export counts participants and
/// certificates without naming anyone, so those columns are counted again (from none): the
/// participants, with their certificates, are added on the event's page after the import.
/// </summary>
public sealed class TrainingsImportSpec : IRegisterImportSpec<TrainingInput>
{
    public static readonly IReadOnlyList<RegisterImportColumn> Table =
        RegisterImportColumns.From(IndexModel.Columns, optional: ["endsOn"], derived: ["participants", "certificates"]);

    public IReadOnlyList<RegisterImportColumn> Columns => Table;

    public TrainingInput? Parse(RegisterImportRow row)
    {
        var topic = row.Text("topic", Limits.Title);
        var organiser = row.Text("organiser", Limits.Name);
        var starts = row.Date("startsOn");
        var ends = row.Date("endsOn", required: false);
        var hours = row.Number("hours", required: true);
        row.Check(message => message == RegisterWords.TrainingHoursRange ? "hours" : "endsOn", () =>
            new TrainingEvent(Guid.Empty).Describe(topic!, organiser!, starts!.Value, ends, hours!.Value));
        return row.IsValid ? new TrainingInput(topic!, organiser!, starts!.Value, ends, hours!.Value) : null;
    }
}

public sealed class TrainingsImporter(AppDbContext db, CurrentUser currentUser) : RegisterImporter<TrainingInput>(db, currentUser)
{
    public override RegisterKind Register => RegisterKind.Trainings;

    public override string Title => TrainingsText.Title;

    protected override Task<IRegisterImportSpec<TrainingInput>> SpecAsync(CancellationToken cancellationToken) =>
        Task.FromResult<IRegisterImportSpec<TrainingInput>>(new TrainingsImportSpec());

    protected override Task AddAsync(Guid organizationId, TrainingInput input, CancellationToken cancellationToken)
    {
        var training = new TrainingEvent(organizationId);
        training.Describe(input.Topic, input.Organiser, input.StartsOn, input.EndsOn, input.Hours);
        Db.TrainingEvents.Add(training);
        return Task.CompletedTask;
    }
}
