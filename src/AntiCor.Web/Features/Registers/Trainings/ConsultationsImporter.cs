using AntiCor.Core.Data;
using AntiCor.Core.Data.Configurations;
using AntiCor.Core.Registers;
using AntiCor.Core.Registers.Import;
using AntiCor.Web.Infrastructure;

namespace AntiCor.Web.Features.Registers.Trainings;

/// <summary>A consultation as the form passes it on; who asked is optional.</summary>
public sealed record ConsultationInput(Guid UnitId, string? PersonName, DateOnly AskedOn, string Question, string? Answer, DateOnly? AnsweredOn);

/// <summary>The columns of the export of consultations.</summary>
public sealed class ConsultationsImportSpec(IReadOnlyList<ImportOption> units) : IRegisterImportSpec<ConsultationInput>
{
    public static readonly IReadOnlyList<RegisterImportColumn> Table =
        RegisterImportColumns.From(ConsultationsModel.Columns, optional: ["person", "answer", "answeredOn"], derived: []);

    public IReadOnlyList<RegisterImportColumn> Columns => Table;

    public ConsultationInput? Parse(RegisterImportRow row)
    {
        var unit = row.Option("unit", units, RegisterImportWords.UnitUnknown);
        var name = RegisterImportColumns.Person(row, "person", required: false);
        var asked = row.Date("askedOn");
        var question = row.Text("question", Limits.Text);
        var answer = row.Text("answer", Limits.Text, required: false);
        var answered = row.Date("answeredOn", required: false);
        row.Check(message => message == RegisterWords.AnsweredWithoutAnswer ? "answer" : "answeredOn", () =>
            new Consultation(Guid.Empty, unit!.Id).Edit(unit.Id, name, asked!.Value, question!, answer, answered));
        return row.IsValid ? new ConsultationInput(unit!.Id, name, asked!.Value, question!, answer, answered) : null;
    }
}

/// <summary>The consultations share the trainings' register (and its link to measures) but have a list, and so an import, of their own.</summary>
public sealed class ConsultationsImporter(AppDbContext db, CurrentUser currentUser) : RegisterImporter<ConsultationInput>(db, currentUser)
{
    public override RegisterKind Register => RegisterKind.Trainings;

    public override string ListPath => "/registers/trainings/consultations";

    public override string Key => "consultations";

    public override string Title => TrainingsText.Consultations;

    protected override async Task<IRegisterImportSpec<ConsultationInput>> SpecAsync(CancellationToken cancellationToken) =>
        new ConsultationsImportSpec(await UnitsAsync(cancellationToken));

    protected override Task AddAsync(Guid organizationId, ConsultationInput input, CancellationToken cancellationToken)
    {
        var consultation = new Consultation(organizationId, input.UnitId);
        consultation.Edit(input.UnitId, input.PersonName, input.AskedOn, input.Question, input.Answer, input.AnsweredOn);
        Db.Consultations.Add(consultation);
        return Task.CompletedTask;
    }
}
