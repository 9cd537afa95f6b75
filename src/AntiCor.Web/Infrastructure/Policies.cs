using AntiCor.Core.Security;

namespace AntiCor.Web.Infrastructure;

/// <summary>
/// Authorization policies and the roles each admits: the single table of who may do what.
/// Separation of duties lives here: the Administrator manages accounts but appears in no
/// report policy, so holding that role never lets anyone write or review a report.
/// </summary>
public static class Policies
{
    /// <summary>Users, roles, unit bindings, settings.</summary>
    public const string Administration = "Administration";

    /// <summary>Reads everything that is not public: programmes in work, all units' reports.</summary>
    public const string ReadAll = "ReadAll";

    /// <summary>The audit trail.</summary>
    public const string AuditTrail = "AuditTrail";

    /// <summary>An executor's own obligations (their units' measures).</summary>
    public const string OwnObligations = "OwnObligations";

    /// <summary>Drafting and submitting reports on measures.</summary>
    public const string ReportWriting = "ReportWriting";

    /// <summary>Accepting or returning submitted reports.</summary>
    public const string ReportReview = "ReportReview";

    public static readonly IReadOnlyDictionary<string, IReadOnlyList<string>> Table = new Dictionary<string, IReadOnlyList<string>>
    {
        [Administration] = [Roles.Administrator],
        [ReadAll] = [Roles.Coordinator, Roles.Head, Roles.Auditor],
        [AuditTrail] = [Roles.Auditor, Roles.Coordinator, Roles.Head],
        [OwnObligations] = [Roles.Executor],
        [ReportWriting] = [Roles.Executor],
        [ReportReview] = [Roles.Coordinator],
    };

    public static void Add(Microsoft.AspNetCore.Authorization.AuthorizationOptions options)
    {
        foreach (var (name, roles) in Table)
        {
            options.AddPolicy(name, p => p.RequireAuthenticatedUser().RequireRole(roles));
        }
    }
}
