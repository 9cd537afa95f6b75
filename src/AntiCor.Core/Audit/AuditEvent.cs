namespace AntiCor.Core.Audit;

/// <summary>What happened, before it is placed in the chain: an action on an entity, or an event such as a sign-in.</summary>
public sealed record AuditEvent(string Action, string? EntityType, string? EntityId, string? Changes)
{
    /// <summary>The organisation whose chain records the event; null for the deployment's own chain (or the save's organisation).</summary>
    public Guid? OrganizationId { get; init; }
}

/// <summary>The stable names of audited actions.</summary>
public static class AuditActions
{
    public const string Created = "created";
    public const string Updated = "updated";
    public const string Deleted = "deleted";
    public const string SignedIn = "signed-in";
    public const string SignInFailed = "sign-in-failed";
    public const string SignedOut = "signed-out";
    public const string RoleChanged = "role-changed";
    public const string InvitationSent = "invitation-sent";
    public const string InvitationAccepted = "invitation-accepted";
    public const string GrantRequested = "grant-requested";
    public const string GrantConfirmed = "grant-confirmed";
    public const string GrantRefused = "grant-refused";
    public const string Exported = "exported";
    public const string EvidenceDownloaded = "evidence-downloaded";
}
