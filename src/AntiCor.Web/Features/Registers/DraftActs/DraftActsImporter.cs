using AntiCor.Core.Data;
using AntiCor.Core.Data.Configurations;
using AntiCor.Core.Registers;
using AntiCor.Core.Registers.Import;
using AntiCor.Web.Infrastructure;
using AntiCor.Web.Infrastructure.Localization;
using Microsoft.EntityFrameworkCore;

namespace AntiCor.Web.Features.Registers.DraftActs;

/// <summary>A draft act under review, its conclusion and the proposals taken, as the form's three parts pass them on (the draft's file is not in a table).</summary>
public sealed record DraftActInput(Guid UnitId, string Title, DraftActKind Kind, DateOnly SubmittedOn, DateOnly RequestedBy,
    DraftActConclusion Conclusion, DateOnly? ConcludedOn, IReadOnlyList<Guid> Factors, string? Proposals, int ProposalsMade, int? ProposalsTaken);

/// <summary>
/// The columns of the export of draft-act reviews: factors by their names in the coordinator's
/// catalogue, separated by «;»; an empty conclusion is a draft still waiting for one; the overdue mark is counted again.
/// </summary>
public sealed class DraftActsImportSpec(IReadOnlyList<ImportOption> units, IReadOnlyList<ImportOption> catalogue) : IRegisterImportSpec<DraftActInput>
{
    public static readonly IReadOnlyList<RegisterImportColumn> Table =
        RegisterImportColumns.From(IndexModel.Columns, optional: ["conclusion", "concludedOn", "factors", "proposals", "proposalsMade", "proposalsTaken"], derived: ["overdue"]);

    public IReadOnlyList<RegisterImportColumn> Columns => Table;

    public DraftActInput? Parse(RegisterImportRow row)
    {
        var unit = row.Option("unit", units, RegisterImportWords.UnitUnknown);
        var title = row.Text("title", Limits.Title);
        var kind = row.Choice<DraftActKind>("kind", InterfaceText.Ukrainian<DraftActKind>(DraftActsText.KindName));
        var submitted = row.Date("submittedOn");
        var requestedBy = row.Date("requestedBy");
        var conclusion = row.Choice<DraftActConclusion>("conclusion", InterfaceText.Ukrainian<DraftActConclusion>(DraftActsText.ConclusionName), required: false) ?? DraftActConclusion.Pending;
        var concludedOn = row.Date("concludedOn", required: conclusion != DraftActConclusion.Pending);
        var factors = row.Options("factors", catalogue);
        var proposals = row.Text("proposals", Limits.Text, required: false);
        var made = row.Number("proposalsMade") ?? 0;
        var taken = row.Number("proposalsTaken");
        if (!row.IsValid)
        {
            return null;
        }

        var input = new DraftActInput(unit!.Id, title!, kind!.Value, submitted!.Value, requestedBy!.Value, conclusion, conclusion == DraftActConclusion.Pending ? null : concludedOn,
            [.. factors!.Select(f => f.Id)], proposals, made, taken);
        var scratch = new DraftActReview(Guid.Empty, input.UnitId);
        row.Check(ColumnOf, () => DraftActsImporter.Apply(scratch, input));
        return row.IsValid ? input : null;
    }

    private static string ColumnOf(string message) => message switch
    {
        RegisterWords.ConclusionBeforeSubmitted => "concludedOn",
        RegisterWords.FactorsWithoutFactor => "factors",
        RegisterWords.ProposalsTakenTooMany => "proposalsTaken",
        _ => "requestedBy",
    };
}

public sealed class DraftActsImporter(AppDbContext db, CurrentUser currentUser) : RegisterImporter<DraftActInput>(db, currentUser)
{
    public override RegisterKind Register => RegisterKind.DraftActs;

    protected override async Task<IRegisterImportSpec<DraftActInput>> SpecAsync(CancellationToken cancellationToken) =>
        new DraftActsImportSpec(await UnitsAsync(cancellationToken),
            await Db.RiskFactors.AsNoTracking().OrderBy(f => f.Name).Select(f => new ImportOption(f.Id, f.Name)).ToListAsync(cancellationToken));

    protected override Task AddAsync(Guid organizationId, DraftActInput input, CancellationToken cancellationToken)
    {
        var review = new DraftActReview(organizationId, input.UnitId);
        Apply(review, input);
        Db.DraftActReviews.Add(review);
        return Task.CompletedTask;
    }

    /// <summary>The form's three saves in their order: the description, the conclusion, the proposals taken.</summary>
    internal static void Apply(DraftActReview review, DraftActInput input)
    {
        review.Describe(input.UnitId, input.Title, input.Kind, input.SubmittedOn, input.RequestedBy);
        review.Conclude(input.Conclusion, input.ConcludedOn ?? input.SubmittedOn, input.Factors, input.Proposals, input.ProposalsMade);
        review.RecordProposalsTaken(input.ProposalsTaken);
    }
}
