using AntiCor.Core.Audit;

namespace AntiCor.BenchData;

/// <summary>Who the audit trail names for the generated rows: the generator, never a person.</summary>
internal sealed class BenchActor : IAuditActor
{
    public string? UserId => null;
    public string Name => "anticor-bench-data";
    public string? Ip => null;
}
