namespace AntiCor.Core.Domain;

/// <summary>
/// An anti-corruption programme (plan of measures) approved by a legal act: its directions,
/// measures, terms and executors, and the rule by which executors report on it.
/// </summary>
public sealed class Programme : ITenantOwned, IVersioned
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

    /// <summary>When the coordinator published the programme to the public; null while it is a draft only staff see.</summary>
    public DateTime? PublishedAtUtc { get; private set; }

    public bool IsPublished => PublishedAtUtc is not null;
    public int Version { get; private set; }
    public IReadOnlyList<Direction> Directions => _directions;
    public IReadOnlyList<ProgrammeWarning> Warnings => _warnings;

    public void SetParent(ParentProgramme? parent) => Parent = parent;

    /// <summary>A newer reading of the same act: title, period and reporting rule as it now gives them.</summary>
    public void Revise(string title, DateOnly periodFrom, DateOnly periodTo, ReportingRule reporting)
    {
        if (periodTo < periodFrom)
        {
            throw new DomainException("Кінець періоду програми раніший за його початок.");
        }

        Title = Guard.NotBlank(title, "Назва програми");
        PeriodFrom = periodFrom;
        PeriodTo = periodTo;
        Reporting = reporting.Validated();
    }

    /// <summary>The coordinator's reading of when executors report; the calendar follows it.</summary>
    public void ChangeReporting(ReportingRule reporting) => Reporting = reporting.Validated();

    /// <summary>The importer's doubts about a newer reading of the act replace those about the older one.</summary>
    public void ClearWarnings() => _warnings.Clear();

    /// <summary>
    /// Places a measure kept through an update at the direction and number the corrected document
    /// gives it; its identity (and so everything that refers to it) stays.
    /// </summary>
    public void PlaceMeasure(Measure measure, Direction to, string number, int position)
    {
        if (!_directions.Contains(to))
        {
            throw new DomainException("Захід можна перенести лише в інший напрям цієї ж програми.");
        }

        var from = _directions.FirstOrDefault(d => d.Measures.Contains(measure));
        if (from is not null && from != to)
        {
            from.RemoveMeasure(measure);
        }

        to.Place(measure, number, position);
    }

    public void SetCoordinator(OrgUnit? unit)
    {
        CoordinatorUnit = unit;
        CoordinatorUnitId = unit?.Id;
    }

    public void SetSourceFile(string? fileName) => SourceFileName = fileName;

    /// <summary>
    /// Opens the programme to the public after review. Publishing again keeps the first date, which
    /// open data reports as the data set's first publication.
    /// </summary>
    public void Publish(DateTime atUtc) => PublishedAtUtc ??= atUtc;

    /// <summary>Takes the programme back to a draft, e.g. when it was published by mistake.</summary>
    public void Unpublish() => PublishedAtUtc = null;

    public Direction AddDirection(int number, string title)
    {
        if (_directions.Any(d => d.Number == number))
        {
            throw new DomainException($"Напрям {number} уже є в програмі.");
        }

        var direction = new Direction(this, number, title);
        _directions.Add(direction);
        return direction;
    }

    public void RemoveDirection(Direction direction)
    {
        if (direction.Measures.Count > 0)
        {
            throw new DomainException($"Напрям {direction.Number} має заходи; спершу перенесіть або вилучіть їх.");
        }

        _directions.Remove(direction);
    }

    /// <summary>Moves a measure to another direction of this programme, where it takes the next free number.</summary>
    public void MoveMeasure(Measure measure, Direction from, Direction to)
    {
        if (!_directions.Contains(to) || !_directions.Contains(from))
        {
            throw new DomainException("Захід можна перенести лише в інший напрям цієї ж програми.");
        }

        if (from == to)
        {
            return;
        }

        from.RemoveMeasure(measure);
        to.Receive(measure);
    }

    /// <summary>A person has settled a measure: the importer's doubts about it are answered.</summary>
    public void DropWarningsFor(string measureNumber) => _warnings.RemoveAll(w => w.MeasureNumber == measureNumber);

    public void AddWarning(string code, string message, int? line, string? measureNumber) =>
        _warnings.Add(new ProgrammeWarning(code, message, line, measureNumber));
}
