using AntiCor.Core.Registers;
using AntiCor.Web.Infrastructure.Localization;
using Microsoft.Extensions.Localization;

namespace AntiCor.Web.Features.Registers.DraftActs;

/// <summary>The words of the register of anti-corruption reviews of draft acts (measure 4).</summary>
public static class DraftActsText
{
    private static readonly IStringLocalizer L = InterfaceText.For(typeof(DraftActsText));

    public static string Title => L[nameof(Title)];
    public static string Lead => L[nameof(Lead)];
    public static string NewTitle => L[nameof(NewTitle)];
    public static string EditTitle => L[nameof(EditTitle)];
    public static string ActTitle => L[nameof(ActTitle)];
    public static string Kind => L[nameof(Kind)];
    public static string SubmittedOn => L[nameof(SubmittedOn)];
    public static string SubmittedShort => L[nameof(SubmittedShort)];
    public static string RequestedBy => L[nameof(RequestedBy)];
    public static string RequestedShort => L[nameof(RequestedShort)];
    public static string File => L[nameof(File)];
    public static string Conclusion => L[nameof(Conclusion)];
    public static string ConcludedOn => L[nameof(ConcludedOn)];
    public static string Factors => L[nameof(Factors)];
    public static string Proposals => L[nameof(Proposals)];
    public static string ProposalsMade => L[nameof(ProposalsMade)];
    public static string ProposalsTaken => L[nameof(ProposalsTaken)];
    public static string SaveConclusion => L[nameof(SaveConclusion)];
    public static string SaveTaken => L[nameof(SaveTaken)];
    public static string Overdue => L[nameof(Overdue)];
    public static string NoCatalogue => L[nameof(NoCatalogue)];
    public static string Catalogue => L[nameof(Catalogue)];
    public static string CatalogueLead => L[nameof(CatalogueLead)];
    public static string FactorName => L[nameof(FactorName)];
    public static string AddFactor => L[nameof(AddFactor)];
    public static string FactorAdded => L[nameof(FactorAdded)];
    public static string FactorTaken => L[nameof(FactorTaken)];
    public static string UnknownFactor => L[nameof(UnknownFactor)];
    public static string DownloadFile => L[nameof(DownloadFile)];
    public static string KindOrder => L[nameof(KindOrder)];
    public static string KindDecision => L[nameof(KindDecision)];
    public static string ConclusionPending => L[nameof(ConclusionPending)];
    public static string ConclusionNoFactors => L[nameof(ConclusionNoFactors)];
    public static string ConclusionFactorsFound => L[nameof(ConclusionFactorsFound)];

    public static string KindName(DraftActKind kind) => kind == DraftActKind.Order ? KindOrder : KindDecision;

    public static string ConclusionName(DraftActConclusion conclusion) => conclusion switch
    {
        DraftActConclusion.Pending => ConclusionPending,
        DraftActConclusion.NoFactors => ConclusionNoFactors,
        _ => ConclusionFactorsFound,
    };
}
