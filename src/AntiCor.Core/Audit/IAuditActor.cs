namespace AntiCor.Core.Audit;

/// <summary>Who is acting, as the audit trail records it: the signed-in user, the CLI's operator, or the system.</summary>
public interface IAuditActor
{
    string? UserId { get; }
    string Name { get; }
    string? Ip { get; }
}

/// <summary>Work nobody asked for in person: start-up seeding, scheduled jobs.</summary>
public sealed class SystemActor : IAuditActor
{
    public static readonly SystemActor Instance = new();

    public string? UserId => null;
    public string Name => "система";
    public string? Ip => null;
}
