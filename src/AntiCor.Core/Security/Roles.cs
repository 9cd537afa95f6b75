namespace AntiCor.Core.Security;

/// <summary>
/// The roles of AntiCor (docs/architecture.md). Public is everyone not signed in; the others are
/// granted by an administrator, who cannot grant them to themselves.
/// </summary>
public static class Roles
{
    /// <summary>Bound to one or more org units; sees and writes only their obligations.</summary>
    public const string Executor = "Executor";

    /// <summary>The anti-corruption unit: programmes, reviews, registers, consolidated reports, publishing.</summary>
    public const string Coordinator = "Coordinator";

    /// <summary>Reads everything and approves (the mayor or their deputy).</summary>
    public const string Head = "Head";

    /// <summary>Reads everything, with the audit trail.</summary>
    public const string Auditor = "Auditor";

    /// <summary>Users, units and settings; never writes or reviews reports.</summary>
    public const string Administrator = "Administrator";

    /// <summary>
    /// Above every organisation: creates organisations and their first administrators. Held as an
    /// Identity role of the deployment, not as a membership.
    /// </summary>
    public const string DeploymentAdministrator = "DeploymentAdministrator";

    /// <summary>The roles granted per organisation (memberships).</summary>
    public static readonly IReadOnlyList<string> All = [Executor, Coordinator, Head, Auditor, Administrator];

    /// <summary>Roles over the programme and the audit trail: granted by an administrator, they take effect only when a second person confirms.</summary>
    public static readonly IReadOnlyList<string> NeedConfirmation = [Coordinator, Head, Auditor];

    /// <summary>Roles whose holders must sign in with a second factor.</summary>
    public static readonly IReadOnlyList<string> RequiringTwoFactor = [Coordinator, Head, Auditor, Administrator, DeploymentAdministrator];

    public static string Ukrainian(string role) => role switch
    {
        Executor => "Виконавець",
        Coordinator => "Координатор",
        Head => "Керівник",
        Auditor => "Аудитор",
        Administrator => "Адміністратор",
        DeploymentAdministrator => "Адміністратор системи",
        _ => role,
    };
}
