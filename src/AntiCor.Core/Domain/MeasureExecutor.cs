namespace AntiCor.Core.Domain;

/// <summary>One executor named for a measure, with the words the document used for it.</summary>
public sealed class MeasureExecutor
{
    private MeasureExecutor() { }

    internal MeasureExecutor(OrgUnit unit, string rawText, bool consentRequired, int position)
    {
        OrgUnit = unit;
        OrgUnitId = unit.Id;
        RawText = rawText;
        ConsentRequired = consentRequired;
        Position = position;
    }

    internal void SetLead(bool isLead) => IsLead = isLead;

    public Guid Id { get; private set; } = Guid.CreateVersion7();
    public Guid MeasureId { get; private set; }
    public Guid OrgUnitId { get; private set; }
    public OrgUnit OrgUnit { get; private set; } = null!;
    public string RawText { get; private set; } = "";
    public bool ConsentRequired { get; private set; }
    public int Position { get; private set; }

    /// <summary>
    /// The lead executor (головний виконавець), whose report is the measure's headline: the first
    /// unit the document names, unless the coordinator chose another.
    /// </summary>
    public bool IsLead { get; private set; }
}
