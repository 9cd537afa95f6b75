namespace AntiCor.Core.Domain;

/// <summary>A measure of a programme, numbered "direction.measure" (7.3).</summary>
public sealed class Measure : ITenantOwned, IVersioned
{
    private readonly List<MeasureExecutor> _executors = [];

    private Measure() { }

    internal Measure(Direction direction, string number, string text, Term term, int position)
    {
        Id = Guid.CreateVersion7();
        DirectionId = direction.Id;
        OrganizationId = direction.OrganizationId;
        Number = Guard.NotBlank(number, "Номер заходу");
        Text = Guard.NotBlank(text, "Текст заходу");
        Term = term;
        Position = position;
    }

    public Guid Id { get; private set; }
    public Guid DirectionId { get; private set; }
    public Guid OrganizationId { get; private set; }
    public int Version { get; private set; }
    public string Number { get; private set; } = "";
    public int Position { get; private set; }
    public string Text { get; private set; } = "";
    public Term Term { get; private set; } = Term.Unknown("");
    public bool NeedsReview { get; private set; }
    public int? SourceLine { get; private set; }
    public int? SourcePage { get; private set; }
    public IReadOnlyList<MeasureExecutor> Executors => _executors;

    /// <summary>The corruption risk this measure answers, in a risk-based programme.</summary>
    public Guid? RiskId { get; private set; }
    public CorruptionRisk? Risk { get; private set; }

    /// <summary>"Очікуваний результат" as written.</summary>
    public string? ExpectedResult { get; private set; }

    /// <summary>"Необхідні ресурси", "Джерела фінансування" as written.</summary>
    public string? Resources { get; private set; }

    /// <summary>What the document's monitoring columns say of it, as written.</summary>
    public MonitoringNote? Monitoring { get; private set; }

    public void SetRisk(CorruptionRisk? risk)
    {
        Risk = risk;
        RiskId = risk?.Id;
    }

    /// <summary>The measure's result, resources and monitoring as the document gives them.</summary>
    public void Describe(string? expectedResult, string? resources, MonitoringNote? monitoring)
    {
        ExpectedResult = string.IsNullOrWhiteSpace(expectedResult) ? null : expectedResult.Trim();
        Resources = string.IsNullOrWhiteSpace(resources) ? null : resources.Trim();
        Monitoring = monitoring;
    }

    public void AddExecutor(OrgUnit unit, string rawText, bool consentRequired)
    {
        if (_executors.Any(e => e.OrgUnitId == unit.Id))
        {
            return;
        }

        var executor = new MeasureExecutor(unit, rawText, consentRequired, _executors.Count + 1);
        executor.SetLead(unit.Kind is ExecutorKind.Unit or ExecutorKind.Position && !_executors.Any(e => e.IsLead));
        _executors.Add(executor);
    }

    /// <summary>Makes another named unit the lead executor; a group or an outside party cannot lead.</summary>
    public void SetLead(Guid orgUnitId)
    {
        var lead = _executors.FirstOrDefault(e => e.OrgUnitId == orgUnitId)
            ?? throw new DomainException("Головним виконавцем може бути лише один із виконавців заходу.");
        if (lead.OrgUnit is { Kind: not (ExecutorKind.Unit or ExecutorKind.Position) })
        {
            throw new DomainException("Головним виконавцем може бути лише підрозділ, не група і не стороння організація.");
        }

        foreach (var executor in _executors)
        {
            executor.SetLead(executor == lead);
        }
    }

    public void MarkForReview() => NeedsReview = true;

    /// <summary>A newer reading of the same act: text, term and review mark as the corrected document gives them.</summary>
    public void Reread(string text, Term term, bool needsReview)
    {
        Text = Guard.NotBlank(text, "Текст заходу");
        Term = term;
        NeedsReview = needsReview;
    }

    /// <summary>A person has set the text, term and executors: the importer's doubt is settled.</summary>
    public void Edit(string text, Term term)
    {
        Text = Guard.NotBlank(text, "Текст заходу");
        Term = term;
        NeedsReview = false;
    }

    public void ReplaceExecutors(IEnumerable<(OrgUnit Unit, string Raw, bool ConsentRequired)> executors)
    {
        // A lead the coordinator chose stays the lead while it is still named.
        var lead = _executors.FirstOrDefault(e => e.IsLead)?.OrgUnitId;
        _executors.Clear();
        foreach (var (unit, raw, consent) in executors)
        {
            AddExecutor(unit, raw, consent);
        }

        if (lead is { } kept && _executors.Any(e => e.OrgUnitId == kept))
        {
            SetLead(kept);
        }
    }

    internal void MoveTo(Direction direction, string number, int position)
    {
        DirectionId = direction.Id;
        Number = number;
        Position = position;
    }

    public void SetSource(int? line, int? page)
    {
        SourceLine = line;
        SourcePage = page;
    }
}
