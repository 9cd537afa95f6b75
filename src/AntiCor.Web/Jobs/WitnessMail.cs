using AntiCor.Core.Audit;
using AntiCor.Core.Data;
using AntiCor.Core.Mail;
using Microsoft.Extensions.Options;

namespace AntiCor.Web.Jobs;

/// <summary>
/// Sends each published checkpoint to the witnesses of `Audit:WitnessEmails` through the outbox: a
/// copy in mailboxes the database administrator does not control. Keyed by chain and count, so a
/// head published twice (job and button) is mailed once.
/// </summary>
public static class WitnessMail
{
    public static async Task QueueAsync(IServiceProvider services, IReadOnlyList<AuditCheckpoint> checkpoints, CancellationToken cancellationToken)
    {
        var emails = services.GetService<IOptions<AuditCheckpointOptions>>()?.Value.WitnessEmails ?? [];
        var outbox = services.GetService<IOutbox>();
        if (emails.Count == 0 || outbox is null || checkpoints.Count == 0)
        {
            return;
        }

        foreach (var checkpoint in checkpoints)
        {
            var json = CheckpointJson.Serialize([checkpoint.ToData()]);
            foreach (var email in emails.Where(e => !string.IsNullOrWhiteSpace(e)).Distinct(StringComparer.OrdinalIgnoreCase))
            {
                var letter = new OutboxLetter(email, $"Контрольна точка журналу аудиту: {checkpoint.Count} записів",
                    $"Збережіть цей лист: він засвідчує стан журналу аудиту поза базою даних.\n\n{json}\n");
                await outbox.EnqueueOnceAsync(letter, $"audit-witness:{checkpoint.ChainId:N}:{checkpoint.Count}:{email.ToLowerInvariant()}", cancellationToken);
            }
        }

        await services.GetRequiredService<AppDbContext>().SaveChangesAsync(cancellationToken);
    }
}
