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

/// <summary>
/// "щокварталу до 25 числа": how often executors report, and by when — either by day
/// <see cref="DueDay"/> of a month (<see cref="DueMonth"/>; unsaid means the month after the
/// period, ADR-012), or <see cref="DaysAfterPeriod"/> (working days where <see cref="WorkingDays"/>)
/// after the period ends. <see cref="MoveOffDaysOff"/> moves a due date that falls on a weekend or
/// public holiday to the next working day.
/// </summary>
public sealed record ReportingRule(ReportingFrequency Frequency, int DueDay, DueMonth? DueMonth = null)
{
    public int? DaysAfterPeriod { get; init; }

    public bool WorkingDays { get; init; }

    public bool MoveOffDaysOff { get; init; }

    /// <summary>
    /// The document gives no rule, or gives it in words the importer cannot read: nothing is
    /// planned until the coordinator sets one (never another document's rule, ADR-011).
    /// </summary>
    public bool IsUnset { get; init; }

    public static ReportingRule Unset => new(ReportingFrequency.Quarterly, 0) { IsUnset = true };

    public ReportingRule Validated()
    {
        if (IsUnset)
        {
            return this;
        }

        if (DaysAfterPeriod is { } days)
        {
            return days is < 1 or > 90
                ? throw new DomainException("Кількість днів після закінчення періоду має бути від 1 до 90.")
                : this;
        }

        return DueDay is < 1 or > 31 ? throw new DomainException("День подання звіту має бути від 1 до 31.") : this;
    }
}
