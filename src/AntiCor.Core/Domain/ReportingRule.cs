namespace AntiCor.Core.Domain;

public enum ReportingFrequency
{
    Monthly,
    Quarterly,
    HalfYearly,
    Yearly,
}

/// <summary>Which month the due day falls in; null where the document does not say.</summary>
public enum DueMonth
{
    LastOfPeriod,
    FirstAfterPeriod,
}

/// <summary>"щокварталу до 25 числа": how often executors report, and by which day.</summary>
public sealed record ReportingRule(ReportingFrequency Frequency, int DueDay, DueMonth? DueMonth = null)
{
    public ReportingRule Validated() =>
        DueDay is < 1 or > 31 ? throw new DomainException("День подання звіту має бути від 1 до 31.") : this;
}
