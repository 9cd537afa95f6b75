using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace AntiCor.Web.Infrastructure.Health;

/// <summary>The `Health` section: when the readiness check calls the outbox stuck, the scheduler silent, the SMTP server gone.</summary>
public sealed class HealthOptions
{
    public const string Section = "Health";

    /// <summary>`Health:OutboxMaxDelay`: a letter due for longer than this (and not sent) means nobody is sending.</summary>
    public TimeSpan OutboxMaxDelay { get; set; } = TimeSpan.FromMinutes(30);

    /// <summary>`Health:SchedulerMaxSilence`: no finished poll for this long means the loop hangs; null = `Jobs:LeaseDuration` + 3 polls.</summary>
    public TimeSpan? SchedulerMaxSilence { get; set; }

    /// <summary>`Health:SmtpTimeout`: how long the SMTP server may take to greet.</summary>
    public TimeSpan SmtpTimeout { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>`Health:SmtpProbeInterval`: an answer is reused this long, so a probe every few seconds does not open an SMTP session each time.</summary>
    public TimeSpan SmtpProbeInterval { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>`Health:SmtpFailure`: `Unhealthy` (503: the node is not ready) or `Degraded` (200, reported) when the SMTP server cannot be reached.</summary>
    public HealthStatus SmtpFailure { get; set; } = HealthStatus.Unhealthy;
}
