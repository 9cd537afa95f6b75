using AntiCor.Web.Jobs;

namespace AntiCor.Web.Infrastructure.Backup;

public static class BackupRegistration
{
    /// <summary>The nightly backup job, only when `Backup:Directory` is set.</summary>
    public static WebApplicationBuilder AddNightlyBackup(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<BackupOptions>().Bind(builder.Configuration.GetSection(BackupOptions.Section));
        if (!string.IsNullOrWhiteSpace(builder.Configuration[$"{BackupOptions.Section}:{nameof(BackupOptions.Directory)}"]))
        {
            builder.Services.AddScheduledJob<NightlyBackupJob>();
        }

        return builder;
    }
}
