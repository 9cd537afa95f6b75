using AntiCor.Core.Data;
using AntiCor.Core.Mail;
using AntiCor.Core.Telemetry;
using AntiCor.Web.Infrastructure;
using MailKit;
using MailKit.Net.Smtp;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace AntiCor.Web.Jobs;

/// <summary>What one sending run did, for the log and for tests.</summary>
public sealed record OutboxRun(int Sent, int Failed, int GivenUp);

/// <summary>
/// Sends due letters. Each letter is claimed before it is sent by a conditional UPDATE that counts
/// the attempt and moves its next attempt out by the backoff, so no other node or run can pick it up
/// meanwhile, and a node that dies mid-send leaves it to be retried later, not lost. Delivery is
/// recorded as soon as the SMTP server has accepted the letter.
/// </summary>
public sealed partial class OutboxSender(
    AppDbContext db,
    SmtpMailTransport transport,
    TimeProvider time,
    IOptions<OutboxOptions> options,
    ILogger<OutboxSender> logger)
{
    public async Task<OutboxRun> SendDueAsync(CancellationToken cancellationToken)
    {
        var o = options.Value;
        var now = time.GetUtcNow().UtcDateTime;
        var due = await db.OutboxMessages.AsNoTracking()
            .Where(m => m.SentUtc == null && m.FailedUtc == null && m.NextAttemptUtc <= now)
            .OrderBy(m => m.NextAttemptUtc)
            .Take(o.BatchSize > 0 ? o.BatchSize : 50)
            .ToListAsync(cancellationToken);
        int sent = 0, failed = 0, givenUp = 0;
        foreach (var message in due)
        {
            var attempt = message.Attempts + 1;
            if (!await ClaimAsync(message, attempt, now, cancellationToken))
            {
                continue;
            }

            try
            {
                // The SMTP server has the letter: record it before anything else, whatever happens to the run's token.
                await transport.SendAsync(message, () => db.OutboxMessages.Where(m => m.Id == message.Id)
                    .ExecuteUpdateAsync(s => s.SetProperty(m => m.SentUtc, time.GetUtcNow().UtcDateTime).SetProperty(m => m.LastError, (string?)null), CancellationToken.None),
                    cancellationToken);
            }
            catch (Exception ex) when (IsDeliveryFailure(ex))
            {
                var giveUp = attempt >= Math.Max(1, o.MaxAttempts);
                await RecordFailureAsync(message, ex, giveUp);
                AntiCorTelemetry.MailFailed.Add(1, new KeyValuePair<string, object?>("given_up", giveUp));
                failed++;
                givenUp += giveUp ? 1 : 0;
                LogFailed(logger, ex, message.MessageId, attempt, giveUp);
                // A server that refused the connection refuses the next letter too: wait for the next run.
                if (ex is not SmtpCommandException)
                {
                    break;
                }

                continue;
            }

            sent++;
            AntiCorTelemetry.MailSent.Add(1);
        }

        return new OutboxRun(sent, failed, givenUp);
    }

    private async Task<bool> ClaimAsync(OutboxMessage message, int attempt, DateTime now, CancellationToken cancellationToken)
    {
        var retryAt = now + options.Value.RetryDelayAfter(attempt);
        var previous = message.Attempts;
        return await db.OutboxMessages
            .Where(m => m.Id == message.Id && m.Attempts == previous && m.SentUtc == null && m.FailedUtc == null && m.NextAttemptUtc <= now)
            .ExecuteUpdateAsync(s => s.SetProperty(m => m.Attempts, attempt).SetProperty(m => m.NextAttemptUtc, retryAt), cancellationToken) == 1;
    }

    private Task RecordFailureAsync(OutboxMessage message, Exception exception, bool giveUp)
    {
        // The SMTP reply code tells a full mailbox (4xx, worth retrying) from an unknown one (5xx).
        var error = exception is SmtpCommandException smtp
            ? $"SMTP {(int)smtp.StatusCode}: {smtp.Message}"
            : $"{exception.GetType().Name}: {exception.Message}";
        error = error.Length <= OutboxMessage.ErrorLength ? error : error[..OutboxMessage.ErrorLength];
        DateTime? failedAt = giveUp ? time.GetUtcNow().UtcDateTime : null;
        return db.OutboxMessages.Where(m => m.Id == message.Id)
            .ExecuteUpdateAsync(s => s.SetProperty(m => m.LastError, error).SetProperty(m => m.FailedUtc, failedAt), CancellationToken.None);
    }

    private static bool IsDeliveryFailure(Exception ex) =>
        ex is SmtpCommandException or SmtpProtocolException or ServiceNotConnectedException or ServiceNotAuthenticatedException
            or IOException or System.Net.Sockets.SocketException or TimeoutException or MailKit.Security.AuthenticationException
            or MailKit.Security.SslHandshakeException or FormatException or MimeKit.ParseException;

    [LoggerMessage(Level = LogLevel.Warning, Message = "Letter {MessageId} not sent (attempt {Attempt}); given up: {GivenUp}")]
    private static partial void LogFailed(ILogger logger, Exception exception, string messageId, int attempt, bool givenUp);
}
