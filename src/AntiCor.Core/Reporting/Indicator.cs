using AntiCor.Core.Domain;

namespace AntiCor.Core.Reporting;

/// <summary>
/// A measurable indicator of a measure, defined by the coordinator (name, unit of measure, a
/// target for the programme and/or per period); executors report its actual value.
/// </summary>
public sealed class Indicator : ITenantOwned, IVersioned
{
    private readonly List<IndicatorTarget> _targets = [];

    private Indicator() { }

    public Indicator(Measure measure, string name, string unitOfMeasure, decimal? programmeTarget, int position)
    {
        Id = Guid.CreateVersion7();
        OrganizationId = measure.OrganizationId;
        MeasureId = measure.Id;
        Position = position;
        Rename(name, unitOfMeasure);
        ProgrammeTarget = programmeTarget;
    }

    /// <summary>
    /// An indicator as a programme's table writes it ("Кількість навчених осіб"): its unit and
    /// target may be unsaid (empty until the coordinator sets them); the target is kept as
    /// written and read as a number where it is one.
    /// </summary>
    public static Indicator Written(Measure measure, string name, string? unitOfMeasure, string? target, int position)
    {
        var indicator = new Indicator
        {
            Id = Guid.CreateVersion7(),
            OrganizationId = measure.OrganizationId,
            MeasureId = measure.Id,
            Position = position,
            FromDocument = true,
        };
        indicator.Rewrite(name, unitOfMeasure, target);
        return indicator;
    }

    /// <summary>A newer reading of the same document's indicator.</summary>
    public void Rewrite(string name, string? unitOfMeasure, string? target)
    {
        Name = Guard.NotBlank(name, "Назва показника");
        UnitOfMeasure = unitOfMeasure?.Trim() ?? "";
        TargetText = string.IsNullOrWhiteSpace(target) ? null : target.Trim();
        ProgrammeTarget = decimal.TryParse(TargetText, System.Globalization.NumberStyles.Number, System.Globalization.CultureInfo.InvariantCulture, out var value)
            ? value
            : null;
    }

    public Guid Id { get; private set; }
    public Guid OrganizationId { get; private set; }
    public Guid MeasureId { get; private set; }
    public string Name { get; private set; } = "";
    public string UnitOfMeasure { get; private set; } = "";
    public decimal? ProgrammeTarget { get; private set; }

    /// <summary>The target as the document writes it ("100 %", "не менше 4"); null where it gives none or the coordinator set one.</summary>
    public string? TargetText { get; private set; }

    /// <summary>Read from the programme's document: a newer reading of it replaces this one; the coordinator's own stay.</summary>
    public bool FromDocument { get; private set; }
    public int Position { get; private set; }
    public int Version { get; private set; }
    public IReadOnlyList<IndicatorTarget> Targets => _targets;

    public void Rename(string name, string unitOfMeasure)
    {
        // A coordinator's own indicator always has its unit; only a document may leave it unsaid.
        Name = Guard.NotBlank(name, "Назва показника");
        UnitOfMeasure = Guard.NotBlank(unitOfMeasure, "Одиниця виміру");
    }

    public void SetProgrammeTarget(decimal? target)
    {
        ProgrammeTarget = target;
        TargetText = null;
    }

    public void SetTarget(PeriodKey period, decimal? target)
    {
        var key = period.ToString();
        _targets.RemoveAll(t => t.PeriodKey == key);
        if (target is { } value)
        {
            _targets.Add(new IndicatorTarget(key, value));
        }
    }

    public decimal? TargetFor(PeriodKey period) => _targets.FirstOrDefault(t => t.PeriodKey == period.ToString())?.Target;
}

public sealed class IndicatorTarget
{
    private IndicatorTarget() { }

    internal IndicatorTarget(string periodKey, decimal target)
    {
        PeriodKey = periodKey;
        Target = target;
    }

    public Guid Id { get; private set; } = Guid.CreateVersion7();
    public string PeriodKey { get; private set; } = "";
    public decimal Target { get; private set; }
}
