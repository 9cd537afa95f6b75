using AntiCor.Core.Audit;
using AntiCor.Core.Data;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace AntiCor.Cli.Commands;

/// <summary>
/// `anticor audit verify [--checkpoint FILE]`: recomputes the hash chain; exit 0 with the count
/// verified, or exit 1 naming the first broken row. FILE is the open-data JSON of checkpoints
/// (a list, or one object) saved earlier: a history rewritten and re-hashed since then fails it.
/// `anticor audit checkpoint`: publishes the current head and prints it.
/// </summary>
internal static class AuditCommand
{
    public static async Task<int> RunAsync(CliOptions options, IConfiguration configuration, TextWriter stdout, TextWriter stderr) =>
        options.AuditAction switch
        {
            "verify" => await VerifyAsync(options, configuration, stdout, stderr),
            _ => await CheckpointAsync(configuration, stdout),
        };

    private static async Task<int> VerifyAsync(CliOptions options, IConfiguration configuration, TextWriter stdout, TextWriter stderr)
    {
        IReadOnlyList<AuditCheckpointData>? checkpoints = null;
        if (options.CheckpointFile is { } file)
        {
            try
            {
                checkpoints = CheckpointJson.Parse(await File.ReadAllTextAsync(file));
            }
            catch (Exception e) when (e is FormatException or IOException or UnauthorizedAccessException)
            {
                var reason = e is FormatException ? e.Message : "файл не вдалося прочитати";
                await stderr.WriteLineAsync($"{file}: {reason}");
                return CliApp.Unreadable;
            }
        }

        await using var services = await CliDatabase.OpenAsync(configuration);
        await using var scope = services.CreateAsyncScope();
        var trail = new AuditTrail(scope.ServiceProvider.GetRequiredService<AppDbContext>(), TimeProvider.System);
        var result = await trail.VerifyAsync(checkpoints);
        if (result.IsIntact)
        {
            var against = checkpoints is null ? "" : $"; збігається з контрольними точками з файлу ({checkpoints.Count})";
            await stdout.WriteLineAsync($"Журнал аудиту цілий: перевірено записів {result.Verified}{against}.");
            return CliApp.Ok;
        }

        await stdout.WriteLineAsync($"Журнал аудиту пошкоджено: запис № {result.BrokenAt} — {result.Reason}. Цілих записів до нього: {result.Verified}.");
        return CliApp.Failed;
    }

    private static async Task<int> CheckpointAsync(IConfiguration configuration, TextWriter stdout)
    {
        await using var services = await CliDatabase.OpenAsync(configuration);
        await using var scope = services.CreateAsyncScope();
        var checkpoint = await CheckpointPublisher.PublishAsync(scope.ServiceProvider.GetRequiredService<AppDbContext>(), TimeProvider.System);
        if (checkpoint is null)
        {
            await stdout.WriteLineAsync("Журнал аудиту порожній: контрольну точку не опубліковано.");
            return CliApp.Ok;
        }

        await stdout.WriteLineAsync(CheckpointJson.Serialize([new AuditCheckpointData(checkpoint.Count, checkpoint.HeadHash, checkpoint.AtUtc)]));
        return CliApp.Ok;
    }
}
