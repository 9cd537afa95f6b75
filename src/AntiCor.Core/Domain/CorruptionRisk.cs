namespace AntiCor.Core.Domain;

/// <summary>
/// A corruption risk of a risk-based programme as its table describes it: the function or process
/// it arises in, the risk itself, its sources, the controls already in place, likelihood,
/// consequence and level — each as written — and the level normalised (Contracts.RiskLevels).
/// One risk is answered by one or several measures (merged cells or continuation rows).
/// </summary>
public sealed class CorruptionRisk : ITenantOwned, IVersioned
{
    private CorruptionRisk() { }

    public CorruptionRisk(Programme programme, RiskDescription description, int position)
    {
        Id = Guid.CreateVersion7();
        ProgrammeId = programme.Id;
        OrganizationId = programme.OrganizationId;
        Position = position;
        Describe(description);
    }

    public Guid Id { get; private set; }
    public Guid ProgrammeId { get; private set; }
    public Guid OrganizationId { get; private set; }
    public int Position { get; private set; }
    public int Version { get; private set; }
    public string? Process { get; private set; }
    public string? Description { get; private set; }
    public string? Sources { get; private set; }
    public string? Controls { get; private set; }
    public string? Likelihood { get; private set; }
    public string? Consequence { get; private set; }
    public string? Level { get; private set; }
    public string? LevelNormalized { get; private set; }

    public RiskDescription Described => new(Process, Description, Sources, Controls, Likelihood, Consequence, Level, LevelNormalized);

    public void Describe(RiskDescription d)
    {
        if (d.IsEmpty)
        {
            throw new DomainException("Корупційний ризик не описано: немає ні процесу, ні опису ризику.");
        }

        (Process, Description, Sources, Controls, Likelihood, Consequence, Level, LevelNormalized) =
            (d.Process, d.Description, d.Sources, d.Controls, d.Likelihood, d.Consequence, d.Level, d.LevelNormalized);
    }

    public void MoveTo(int position) => Position = position;
}

/// <summary>The written facts of a risk, as a value: two measures answer the same risk when these are equal.</summary>
public sealed record RiskDescription(
    string? Process,
    string? Description,
    string? Sources,
    string? Controls,
    string? Likelihood,
    string? Consequence,
    string? Level,
    string? LevelNormalized)
{
    public bool IsEmpty => string.IsNullOrWhiteSpace(Process) && string.IsNullOrWhiteSpace(Description);
}
