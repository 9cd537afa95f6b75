namespace AntiCor.Core.Contracts;

/// <summary>
/// The kinds of an executor as the contract spells them, in one place. The domain's
/// <see cref="Domain.ExecutorKind"/> holds each of them.
/// </summary>
public static class ExecutorKinds
{
    public const string Unit = "unit";
    public const string Group = "group";
    public const string External = "external";

    /// <summary>A person by office: "староста", "уповноважена особа з питань запобігання та виявлення корупції".</summary>
    public const string Position = "position";

    public static readonly IReadOnlyList<string> All = [Unit, Group, External, Position];
}
