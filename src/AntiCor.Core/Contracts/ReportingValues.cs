namespace AntiCor.Core.Contracts;

/// <summary>The contract's spellings of a reporting rule's frequency and due month, in one place.</summary>
public static class ReportingValues
{
    public const string Monthly = "monthly";
    public const string Quarterly = "quarterly";
    public const string HalfYearly = "half-yearly";
    public const string Yearly = "yearly";

    public const string LastOfPeriod = "last-of-period";
    public const string FirstAfterPeriod = "first-after-period";

    public static readonly IReadOnlyList<string> Frequencies = [Monthly, Quarterly, HalfYearly, Yearly];

    public static readonly IReadOnlyList<string> DueMonths = [LastOfPeriod, FirstAfterPeriod];
}
