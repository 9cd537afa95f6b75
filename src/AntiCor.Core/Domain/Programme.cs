namespace AntiCor.Core.Domain;

/// <summary>
/// An anti-corruption programme (plan of measures) approved by a legal act: its directions,
/// measures, terms and executors, and the rule by which executors report on it.
/// </summary>
public sealed class Programme
{
    private readonly List<Direction> _directions = [];
    private readonly List<ProgrammeWarning> _warnings = [];

    private Programme() { }

    public Programme(
        Organization organization,
        string title,
        LegalAct legalBasis,
        DateOnly periodFrom,
        DateOnly periodTo,
        ReportingRule reporting,
        DateTime importedAtUtc)
    {
        if (periodTo < periodFrom)
        {
            throw new DomainException("Кінець періоду програми раніший за його початок.");
        }

        Id = Guid.CreateVersion7();
        OrganizationId = organization.Id;
        Organization = organization;
        Title = Guard.NotBlank(title, "Назва програми");
        LegalBasis = legalBasis;
        PeriodFrom = periodFrom;
        PeriodTo = periodTo;
        Reporting = reporting.Validated();
        ImportedAtUtc = importedAtUtc;
    }

    public Guid Id { get; private set; }
    public Guid OrganizationId { get; private set; }
    public Organization Organization { get; private set; } = null!;
    public string Title { get; private set; } = "";
    public LegalAct LegalBasis { get; private set; } = null!;
    public ParentProgramme? Parent { get; private set; }
    public DateOnly PeriodFrom { get; private set; }
    public DateOnly PeriodTo { get; private set; }
    public Guid? CoordinatorUnitId { get; private set; }
    public OrgUnit? CoordinatorUnit { get; private set; }
    public ReportingRule Reporting { get; private set; } = null!;
    public DateTime ImportedAtUtc { get; private set; }
    public string? SourceFileName { get; private set; }
    public IReadOnlyList<Direction> Directions => _directions;
    public IReadOnlyList<ProgrammeWarning> Warnings => _warnings;

    public void SetParent(ParentProgramme? parent) => Parent = parent;

    public void SetCoordinator(OrgUnit? unit)
    {
        CoordinatorUnit = unit;
        CoordinatorUnitId = unit?.Id;
    }

    public void SetSourceFile(string? fileName) => SourceFileName = fileName;

    public Direction AddDirection(int number, string title)
    {
        if (_directions.Any(d => d.Number == number))
        {
            throw new DomainException($"Напрям {number} уже є в програмі.");
        }

        var direction = new Direction(Id, number, title);
        _directions.Add(direction);
        return direction;
    }

    public void AddWarning(string code, string message, int? line, string? measureNumber) =>
        _warnings.Add(new ProgrammeWarning(code, message, line, measureNumber));
}
