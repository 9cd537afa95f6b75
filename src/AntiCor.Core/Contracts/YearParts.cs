namespace AntiCor.Core.Contracts;

/// <summary>
/// The part of a year a term names ("ІІ квартал", "І півріччя"), as the contract spells it, in
/// one place: kept even where the term gives no year, so the review can supply it.
/// </summary>
public static class YearParts
{
    public static readonly IReadOnlyList<string> All = ["Q1", "Q2", "Q3", "Q4", "H1", "H2"];

    public static string Quarter(int n) => $"Q{n}";

    public static string Half(int n) => $"H{n}";

    /// <summary>The first and last day of that part of <paramref name="year"/>.</summary>
    public static (DateOnly From, DateOnly To) Dates(string part, int year)
    {
        var n = part[1] - '0';
        var months = part[0] == 'Q' ? 3 : 6;
        var from = new DateOnly(year, ((n - 1) * months) + 1, 1);
        return (from, from.AddMonths(months).AddDays(-1));
    }
}
