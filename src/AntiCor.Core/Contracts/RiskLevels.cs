namespace AntiCor.Core.Contracts;

/// <summary>A risk's level normalised from the words a table uses ("Високий", "середній (2)"), in one place.</summary>
public static class RiskLevels
{
    public const string Low = "low";
    public const string Medium = "medium";
    public const string High = "high";

    public static readonly IReadOnlyList<string> All = [Low, Medium, High];
}
