using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace AntiCor.Web.Infrastructure.Health;

/// <summary>
/// `/health/live`: the process answers (no check runs, so a slow database never gets a live node
/// restarted). `/health/ready`: the node can do its work — database reachable and migrated, job
/// poll running, outbox not stuck, SMTP server reachable when configured; 503 otherwise.
/// Anonymous, never cached, outside the rate limits.
/// </summary>
public static class HealthRegistration
{
    public const string LivePath = "/health/live";
    public const string ReadyPath = "/health/ready";
    private const string Ready = "ready";

    public static WebApplicationBuilder AddHealth(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<HealthOptions>().Bind(builder.Configuration.GetSection(HealthOptions.Section));
        services.AddSingleton<SchedulerHeartbeat>();
        services.AddSingleton<SmtpHealthCheck>();
        var smtpFailure = builder.Configuration.GetSection(HealthOptions.Section).Get<HealthOptions>()?.SmtpFailure ?? HealthStatus.Unhealthy;
        services.AddHealthChecks()
            .AddCheck<DatabaseHealthCheck>("database", tags: [Ready])
            .AddCheck<SchedulerHealthCheck>("scheduler", tags: [Ready])
            .AddCheck<OutboxHealthCheck>("outbox", tags: [Ready])
            .AddCheck<SmtpHealthCheck>("smtp", failureStatus: smtpFailure, tags: [Ready]);
        return builder;
    }

    public static WebApplication MapHealth(this WebApplication app)
    {
        app.MapHealthChecks(LivePath, new HealthCheckOptions { Predicate = _ => false, ResponseWriter = HealthResponse.WriteAsync })
            .AllowAnonymous().DisableRateLimiting();
        app.MapHealthChecks(ReadyPath, new HealthCheckOptions
        {
            Predicate = check => check.Tags.Contains(Ready),
            ResponseWriter = HealthResponse.WriteAsync,
            ResultStatusCodes =
            {
                [HealthStatus.Healthy] = StatusCodes.Status200OK,
                [HealthStatus.Degraded] = StatusCodes.Status200OK,
                [HealthStatus.Unhealthy] = StatusCodes.Status503ServiceUnavailable,
            },
        }).AllowAnonymous().DisableRateLimiting();
        return app;
    }
}
