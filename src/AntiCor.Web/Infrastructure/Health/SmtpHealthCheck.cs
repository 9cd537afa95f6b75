using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;

namespace AntiCor.Web.Infrastructure.Health;

/// <summary>
/// When `Mail:Host` is set, the SMTP server greets within `Health:SmtpTimeout` (connect and QUIT,
/// no letter). The answer is kept for `Health:SmtpProbeInterval`, so that a load balancer probing
/// every few seconds does not open an SMTP session each time. A singleton: it holds that answer.
/// </summary>
public sealed class SmtpHealthCheck(IOptions<MailOptions> mail, IOptions<HealthOptions> options, TimeProvider time) : IHealthCheck
{
    private readonly SemaphoreSlim _probe = new(1, 1);
    private (DateTime AtUtc, HealthCheckResult Result)? _last;

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var m = mail.Value;
        if (!m.IsConfigured)
        {
            return HealthCheckResult.Healthy("Mail:Host is not set: no SMTP server to reach.");
        }

        await _probe.WaitAsync(cancellationToken);
        try
        {
            var now = time.GetUtcNow().UtcDateTime;
            if (_last is { } last && now - last.AtUtc < options.Value.SmtpProbeInterval)
            {
                return last.Result;
            }

            var reached = await ReachAsync(m, context.Registration.FailureStatus, cancellationToken);
            _last = (now, reached);
            return reached;
        }
        finally
        {
            _probe.Release();
        }
    }

    private async Task<HealthCheckResult> ReachAsync(MailOptions m, HealthStatus failure, CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(options.Value.SmtpTimeout);
        try
        {
            using var client = new SmtpClient { Timeout = (int)options.Value.SmtpTimeout.TotalMilliseconds };
            await client.ConnectAsync(m.Host!, m.Port, SecureSocketOptions.Auto, timeout.Token);
            await client.DisconnectAsync(quit: true, timeout.Token);
            return HealthCheckResult.Healthy($"The SMTP server {m.Host}:{m.Port} answers.");
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return new HealthCheckResult(failure, $"The SMTP server {m.Host}:{m.Port} did not answer within {options.Value.SmtpTimeout:c}.");
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            return new HealthCheckResult(failure, $"The SMTP server {m.Host}:{m.Port} cannot be reached ({ex.GetType().Name}).");
        }
    }
}
