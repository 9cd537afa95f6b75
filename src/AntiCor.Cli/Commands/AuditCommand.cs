using AntiCor.Core.Audit;
using AntiCor.Core.Data;
using AntiCor.Core.Domain;
using AntiCor.Core.Tenancy;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace AntiCor.Cli.Commands;

/// <summary>
/// `anticor audit verify [--org SLUG] [--checkpoint FILE]`: recomputes the hash chains (one organisation's, or all); exit 0 with the count
/// verified, or exit 1 naming the first broken row. FILE is the open-data JSON of checkpoints
/// (a list, or one object) saved earlier: a history rewritten and re-hashed since then fails it.
/// `anticor audit checkpoint`: publishes the current head of every chain and prints them.
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
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var trail = new AuditTrail(db, TimeProvider.System);
        AuditVerification result;
        var what = "Журнал аудиту";
        if (options.Org is { } slug)
        {
            Organization organization;
            try
            {
                organization = await new OrganizationRegistry(db).ChooseExistingAsync(slug);
            }
            catch (DomainException e)
            {
                await stderr.WriteLineAsync(e.Message);
                return CliApp.Failed;
            }

            what = $"Журнал аудиту організації «{organization.Name}»";
            result = await trail.VerifyChainAsync(organization.Id, checkpoints?.Where(c => c.ChainId == organization.Id).ToList());
        }
        else
        {
            result = await trail.VerifyAsync(checkpoints);
        }

        if (result.IsIntact)
        {
            var against = checkpoints is null ? "" : $"; збігається з контрольними точками з файлу ({checkpoints.Count})";
            await stdout.WriteLineAsync($"{what} цілий: перевірено записів {result.Verified}{against}.");
            return CliApp.Ok;
        }

        var chain = result.Chain == AuditEntry.SystemChain ? "системний ланцюжок" : $"ланцюжок {result.Chain}";
        await stdout.WriteLineAsync($"{what} пошкоджено ({chain}): запис № {result.BrokenAt} — {result.Reason}. Цілих записів до нього: {result.Verified}.");
        return CliApp.Failed;
    }

    private static async Task<int> CheckpointAsync(IConfiguration configuration, TextWriter stdout)
    {
        await using var services = await CliDatabase.OpenAsync(configuration);
        await using var scope = services.CreateAsyncScope();
        var checkpoints = await CheckpointPublisher.PublishAsync(scope.ServiceProvider.GetRequiredService<AppDbContext>(), TimeProvider.System);
        if (checkpoints.Count == 0)
        {
            await stdout.WriteLineAsync("Журнал аудиту порожній: контрольну точку не опубліковано.");
            return CliApp.Ok;
        }

        await stdout.WriteLineAsync(CheckpointJson.Serialize(checkpoints.Select(c => new AuditCheckpointData(c.Count, c.HeadHash, c.AtUtc, c.ChainId))));
        return CliApp.Ok;
    }
}
