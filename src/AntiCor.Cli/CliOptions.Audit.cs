namespace AntiCor.Cli;

/// <summary>`anticor audit verify [--checkpoint FILE]` and `anticor audit checkpoint`.</summary>
internal sealed partial class CliOptions
{
    /// <summary>verify or checkpoint.</summary>
    public string? AuditAction { get; private set; }

    /// <summary>For `audit verify`: the saved checkpoints to hold the chain against.</summary>
    public string? CheckpointFile { get; private set; }

    private string? ReadAudit(List<string> positional)
    {
        if (positional.Count != 2 || positional[1] is not ("verify" or "checkpoint"))
        {
            return "Команді audit потрібна дія: verify або checkpoint.";
        }

        AuditAction = positional[1];
        return AuditAction == "checkpoint" && CheckpointFile is not null
            ? "Параметр --checkpoint стосується лише audit verify."
            : null;
    }
}
