using Microsoft.Extensions.DependencyInjection.Extensions;

namespace AntiCor.Web.Jobs;

/// <summary>The scheduler, its poll, and the app's jobs: the hourly audit checkpoint and the mail sender.</summary>
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
        return builder;
    }

    public static IServiceCollection AddScheduledJob<TJob>(this IServiceCollection services)
        where TJob : class, IScheduledJob
    {
        services.AddSingleton<IScheduledJob, TJob>();
        return services;
    }
}
