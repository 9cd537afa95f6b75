using AntiCor.Web.Infrastructure.Backup;
using AntiCor.Web.Jobs.Reminders;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace AntiCor.Web.Jobs;

/// <summary>The scheduler, its poll, and the app's jobs: the hourly audit checkpoint, the mail sender, and the reporting cycle's daily planning and reminders.</summary>
public static class JobRegistration
{
    public static WebApplicationBuilder AddJobs(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<JobOptions>().Bind(builder.Configuration.GetSection(JobOptions.Section));
        services.AddOptions<AuditCheckpointOptions>().Bind(builder.Configuration.GetSection(AuditCheckpointOptions.Section));
        services.AddOptions<OutboxOptions>().Bind(builder.Configuration.GetSection(OutboxOptions.Section));
        services.TryAddSingleton<JobRunner>();
        services.AddHostedService<JobPollingService>();

        services.AddScheduledJob<AuditCheckpointJob>();
        services.AddScoped<OutboxSender>();
        services.AddScheduledJob<OutboxSenderJob>();

        services.AddOptions<ReminderOptions>().Bind(builder.Configuration.GetSection(ReminderOptions.Section));
        services.AddScoped<ProgrammePlanning>();
        services.AddScoped(sp => new ReminderDispatcher(
            sp.GetRequiredService<Core.Data.AppDbContext>(), sp.GetRequiredService<Core.Mail.IOutbox>(),
            sp.GetRequiredService<TimeProvider>(), sp.GetRequiredService<IOptions<ReminderOptions>>().Value));
        services.AddScheduledJob<ReminderJob>();
        builder.AddNightlyBackup();

        services.AddOptions<Features.Registers.RegisterRetentionOptions>().Bind(builder.Configuration.GetSection(Features.Registers.RegisterRetentionOptions.Section));
        services.AddScheduledJob<RegisterRetentionJob>();
        services.AddScheduledJob<DeclarationReminderJob>();
        return builder;
    }

    public static IServiceCollection AddScheduledJob<TJob>(this IServiceCollection services)
        where TJob : class, IScheduledJob
    {
        services.AddSingleton<IScheduledJob, TJob>();
        return services;
    }
}
