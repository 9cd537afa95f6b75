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

    public Guid Id { get; private set; }
    public Guid OrganizationId { get; private set; }
    public Guid MeasureId { get; private set; }
    public string Name { get; private set; } = "";
    public string UnitOfMeasure { get; private set; } = "";
    public decimal? ProgrammeTarget { get; private set; }
    public int Position { get; private set; }
    public int Version { get; private set; }
    public IReadOnlyList<IndicatorTarget> Targets => _targets;

    public void Rename(string name, string unitOfMeasure)
    {
        Name = Guard.NotBlank(name, "Назва показника");
        UnitOfMeasure = Guard.NotBlank(unitOfMeasure, "Одиниця виміру");
    }

    public void SetProgrammeTarget(decimal? target) => ProgrammeTarget = target;

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
