using AntiCor.Core.Domain;

namespace AntiCor.Core.Registers;

public enum DraftActKind
{
    Order,
    Decision,
}

public enum DraftActConclusion
{
    /// <summary>Submitted, not reviewed yet.</summary>
    Pending,
    NoFactors,
    FactorsFound,
}

/// <summary>
/// A draft order or decision a unit submits for anti-corruption review (measure 4): the
/// coordinator's conclusion (no factors, or factors from the catalogue with proposals), and how
/// many proposals the unit took. A review is overdue while pending after its requested-by date.
/// </summary>
public sealed class DraftActReview : ITenantOwned, IVersioned
{
    private readonly List<DraftActFactor> _factors = [];

    private DraftActReview() { }

    public DraftActReview(Guid organizationId, Guid orgUnitId)
    {
        Id = Guid.CreateVersion7();
        OrganizationId = organizationId;
        OrgUnitId = orgUnitId;
    }

    public Guid Id { get; private set; }
    public Guid OrganizationId { get; private set; }
    public Guid OrgUnitId { get; private set; }
    public string Title { get; private set; } = "";
    public DraftActKind Kind { get; private set; }
    public DateOnly SubmittedOn { get; private set; }
    public DateOnly RequestedBy { get; private set; }
    public string? FileName { get; private set; }
    public string? FileSha256 { get; private set; }
    public DraftActConclusion Conclusion { get; private set; }
    public DateOnly? ConcludedOn { get; private set; }
    public string? Proposals { get; private set; }
    public int ProposalsMade { get; private set; }
    public int? ProposalsTaken { get; private set; }
    public int Version { get; private set; }
    public IReadOnlyList<DraftActFactor> Factors => _factors;

    public void Describe(Guid orgUnitId, string title, DraftActKind kind, DateOnly submittedOn, DateOnly requestedBy)
    {
        RegisterDates.NotBefore(requestedBy, submittedOn, RegisterWords.RequestedBeforeSubmitted);
        RegisterDates.NotBefore(ConcludedOn, submittedOn, RegisterWords.ConclusionBeforeSubmitted);
        SubmittedOn = submittedOn;
        OrgUnitId = orgUnitId;
        Title = Guard.NotBlank(title, "Назва проєкту акта");
        Kind = kind;
        RequestedBy = requestedBy;
    }

    public void AttachFile(string fileName, string sha256)
    {
        FileName = Guard.NotBlank(fileName, "Назва файлу");
        FileSha256 = sha256;
    }

    public void Conclude(DraftActConclusion conclusion, DateOnly on, IReadOnlyCollection<Guid> factorIds, string? proposals, int proposalsMade)
    {
        RegisterDates.NotBefore(on, SubmittedOn, RegisterWords.ConclusionBeforeSubmitted);
        if (conclusion == DraftActConclusion.FactorsFound && factorIds.Count == 0)
        {
            throw new DomainException(RegisterWords.FactorsWithoutFactor);
        }

        if (proposalsMade < 0 || (ProposalsTaken is { } taken && taken > proposalsMade))
        {
            throw new DomainException(RegisterWords.ProposalsTakenTooMany);
        }

        Conclusion = conclusion;
        ConcludedOn = conclusion == DraftActConclusion.Pending ? null : on;
        _factors.Clear();
        if (conclusion == DraftActConclusion.FactorsFound)
        {
            _factors.AddRange(factorIds.Distinct().Select(id => new DraftActFactor(id)));
        }

        Proposals = conclusion == DraftActConclusion.FactorsFound ? RegisterDates.Clean(proposals) : null;
        ProposalsMade = conclusion == DraftActConclusion.FactorsFound ? proposalsMade : 0;
    }

    public void RecordProposalsTaken(int? taken)
    {
        if (taken is { } count && (count < 0 || count > ProposalsMade))
        {
            throw new DomainException(RegisterWords.ProposalsTakenTooMany);
        }

        ProposalsTaken = taken;
    }

    public bool IsOverdue(DateOnly today) => Conclusion == DraftActConclusion.Pending ? today > RequestedBy : ConcludedOn > RequestedBy;
}

/// <summary>A catalogue factor named in a conclusion.</summary>
public sealed class DraftActFactor
{
    private DraftActFactor() { }

    internal DraftActFactor(Guid factorId) => FactorId = factorId;

    public Guid Id { get; private set; } = Guid.CreateVersion7();
    public Guid FactorId { get; private set; }
}
