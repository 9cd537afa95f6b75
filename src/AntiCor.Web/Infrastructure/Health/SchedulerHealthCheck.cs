using AntiCor.Web.Jobs;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;

namespace AntiCor.Web.Infrastructure.Health;

/// <summary>
/// This node's job poll runs and finishes polls. With `Jobs:Polling=false` the node leaves the jobs
/// to other nodes, which is healthy here (each node checks its own loop).
/// </summary>
public sealed class SchedulerHealthCheck(SchedulerHeartbeat heartbeat, TimeProvider time, IOptions<JobOptions> jobs, IOptions<HealthOptions> options) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(Check());

    private HealthCheckResult Check()
    {
        var j = jobs.Value;
        if (!j.Polling)
        {
            return HealthCheckResult.Healthy("Jobs:Polling=false: scheduled jobs run on other nodes.");
        }

        if (heartbeat.Stopped)
        {
            return HealthCheckResult.Unhealthy("The job poll has stopped.");
        }

        var now = time.GetUtcNow().UtcDateTime;
        var maxSilence = options.Value.SchedulerMaxSilence ?? (Positive(j.LeaseDuration, TimeSpan.FromMinutes(10)) + (3 * Positive(j.PollInterval, TimeSpan.FromSeconds(5))));
        var last = heartbeat.LastPollUtc ?? heartbeat.StartedUtc;
        if (last is null)
        {
            return HealthCheckResult.Unhealthy("The job poll has not started.");
        }

        return now - last.Value <= maxSilence
            ? HealthCheckResult.Healthy(heartbeat.LastPollUtc is null ? "The job poll is starting." : "The job poll runs.")
            : HealthCheckResult.Unhealthy($"No job poll finished for more than {maxSilence:c}.");
    }

    private static TimeSpan Positive(TimeSpan value, TimeSpan fallback) => value > TimeSpan.Zero ? value : fallback;
}
