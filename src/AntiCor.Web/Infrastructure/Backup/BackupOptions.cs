namespace AntiCor.Web.Infrastructure.Backup;

/// <summary>`Backup:*`: the nightly backup, on when a directory is set.</summary>
public sealed class BackupOptions
{
    public const string Section = "Backup";

    /// <summary>`Backup:Directory`: where the nightly backups go (best another disk); none: no nightly backup.</summary>
    public string? Directory { get; set; }

    /// <summary>`Backup:Keep`: how many of the newest backups stay; older ones are deleted after each new one.</summary>
    public int Keep { get; set; } = 7;

    /// <summary>`Backup:Hour`: the hour on Kyiv's clock the backup runs at.</summary>
    public int Hour { get; set; } = 2;
}
