using AntiCor.Core.Data;
using AntiCor.Core.Telemetry;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;

namespace AntiCor.Web.Infrastructure.Health;

/// <summary>
/// No letter has been due for longer than `Health:OutboxMaxDelay`. A letter the server refused waits
/// for its retry (its next attempt moves out), so only letters nobody tries count. Without
/// `Mail:Host` letters stay queued by design (README), which is reported but not a failure.
/// </summary>
public sealed class OutboxHealthCheck(AppDbContext db, TimeProvider time, IOptions<HealthOptions> options, IOptions<MailOptions> mail) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            var waiting = await OutboxQueue.WaitingAsync(db, cancellationToken);
            AntiCorTelemetry.RecordOutboxDepth(waiting);
            var data = new Dictionary<string, object> { ["waiting"] = waiting };
            if (!mail.Value.IsConfigured)
            {
                return HealthCheckResult.Healthy($"Mail:Host is not set: {waiting} letter(s) stay queued.", data);
            }

            var maxDelay = options.Value.OutboxMaxDelay;
            var overdue = await OutboxQueue.OverdueAsync(db, time.GetUtcNow().UtcDateTime - maxDelay, cancellationToken);
            data["overdue"] = overdue;
            return overdue == 0
                ? HealthCheckResult.Healthy($"{waiting} letter(s) waiting; none overdue.", data)
                : HealthCheckResult.Unhealthy($"Stuck: {overdue} letter(s) due for more than {maxDelay:c} and not sent.", data: data);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            return HealthCheckResult.Unhealthy($"The outbox cannot be read ({ex.GetType().Name}).");
        }
    }
}
