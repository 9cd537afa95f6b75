using AntiCor.Core.Audit;

namespace AntiCor.Cli;

/// <summary>The CLI's operator, as the audit trail names them: whoever runs `anticor` on the server.</summary>
internal sealed class CliActor : IAuditActor
{
    public string? UserId => null;
    public string Name => $"CLI ({Environment.UserName})";
    public string? Ip => null;
}
