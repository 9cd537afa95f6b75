using AntiCor.Core.Security;

namespace AntiCor.Web.Infrastructure;

/// <summary>
/// Authorization policies and the roles each admits: the single table of who may do what, used by
/// every page and endpoint (no role strings elsewhere) and read by the authorization test. Roles
/// are those the user holds in the organisation they act for. Separation of duties lives here: an
/// administrator manages accounts but appears in no programme or audit policy.
/// </summary>
public static class Policies
{
    /// <summary>Users, roles and unit bindings of the administrator's organisation.</summary>
    public const string Administration = "Administration";

    /// <summary>Organisations of the deployment and their first administrators.</summary>
    public const string DeploymentAdministration = "DeploymentAdministration";

    /// <summary>Importing, editing and amending the organisation's programmes.</summary>
    public const string ProgrammeEditing = "ProgrammeEditing";

    /// <summary>The organisation's audit trail: browsing, verifying, publishing a checkpoint.</summary>
    public const string AuditTrail = "AuditTrail";

    /// <summary>An executor's own obligations (their units' measures).</summary>
    public const string OwnObligations = "OwnObligations";

    /// <summary>
    /// The department's side of the reporting cycle: the period board, reviewing and returning
    /// reports, verdicts, closing periods, the reporting rule, indicators and executor groups.
    /// </summary>
    public const string ReportReview = "ReportReview";

    /// <summary>
    /// Downloading a report's evidence file: the report's own executors (the unit is checked on the
    /// report), and the department, the head and auditors of the organisation.
    /// </summary>
    public const string EvidenceDownload = "EvidenceDownload";

    /// <summary>The head's view of the period and the consolidated reports for the mayor.</summary>
    public const string ReportingOverview = "ReportingOverview";

    /// <summary>Pending grants of privileged roles: the Head confirms them, administrators see them (and confirm the first Head).</summary>
    public const string GrantConfirmation = "GrantConfirmation";

    /// <summary>
    /// The department's registers (draft-act reviews, appointment notices, conflicts of interest):
    /// executors their own units' entries, the department all of them, the head and auditors read.
    /// Names of persons are shown to the coordinator only (checked in the handlers).
    /// </summary>
    public const string Registers = "Registers";

    /// <summary>Writing register entries: executors for their own units (checked in the handlers) and the department.</summary>
    public const string RegisterEntry = "RegisterEntry";

    /// <summary>What only the department keeps in the registers: links to measures, the factor catalogue, conclusions.</summary>
    public const string RegisterKeeping = "RegisterKeeping";

    public static readonly IReadOnlyDictionary<string, IReadOnlyList<string>> Table = new Dictionary<string, IReadOnlyList<string>>
    {
        [Administration] = [Roles.Administrator],
        [DeploymentAdministration] = [Roles.DeploymentAdministrator],
        [ProgrammeEditing] = [Roles.Coordinator],
        [AuditTrail] = [Roles.Auditor, Roles.Head],
        [OwnObligations] = [Roles.Executor],
        [ReportReview] = [Roles.Coordinator],
        [ReportingOverview] = [Roles.Coordinator, Roles.Head],
        [GrantConfirmation] = [Roles.Head, Roles.Administrator],
        [Registers] = [Roles.Executor, Roles.Coordinator, Roles.Head, Roles.Auditor],
        [RegisterEntry] = [Roles.Executor, Roles.Coordinator],
        [RegisterKeeping] = [Roles.Coordinator],
        [EvidenceDownload] = [Roles.Executor, Roles.Coordinator, Roles.Head, Roles.Auditor],
    };

    public static void Add(Microsoft.AspNetCore.Authorization.AuthorizationOptions options)
    {
        foreach (var (name, roles) in Table)
        {
            options.AddPolicy(name, p => p.RequireAuthenticatedUser().RequireRole(roles));
        }
    }
}
