using AntiCor.Core.Audit;
using AntiCor.Core.Audit.Keys;
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
        await using var services = await CliDatabase.OpenAsync(configuration);
        var keys = services.GetRequiredService<AuditKeys>();
        var witness = services.GetRequiredService<AuditWitness>();
        IReadOnlyList<AuditCheckpointData>? fromFile = null;
        IReadOnlyList<AuditCheckpointData> witnessed;
        var file = options.CheckpointFile ?? witness.Path;
        try
        {
            if (options.CheckpointFile is not null)
            {
                fromFile = CheckpointJson.Parse(await File.ReadAllTextAsync(options.CheckpointFile), keys.Signing.PublicKeyPem());
            }

            file = witness.Path;
            witnessed = witness.Newest(keys.Signing.PublicKeyPem());
        }
        catch (Exception e) when (e is FormatException or IOException or UnauthorizedAccessException)
        {
            var reason = e is FormatException ? e.Message : "файл не вдалося прочитати";
            await stderr.WriteLineAsync($"{file}: {reason}");
            return CliApp.Unreadable;
        }

        // The witness outside the database joins the file's checkpoints: it is what catches an emptied or shortened table.
        List<AuditCheckpointData>? checkpoints = fromFile is null && witnessed.Count == 0
            ? null
            : [.. (fromFile ?? []).Concat(witnessed).DistinctBy(c => (c.ChainId, c.Count))];
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var trail = new AuditTrail(db, TimeProvider.System, keys);
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
            var against = fromFile is null ? "" : $"; збігається з контрольними точками з файлу ({fromFile.Count})";
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
        var checkpoints = await CheckpointPublisher.PublishAsync(
            scope.ServiceProvider.GetRequiredService<AppDbContext>(), TimeProvider.System, services.GetRequiredService<AuditKeys>(), services.GetRequiredService<AuditWitness>());
        if (checkpoints.Count == 0)
        {
            await stdout.WriteLineAsync("Журнал аудиту порожній: контрольну точку не опубліковано.");
            return CliApp.Ok;
        }

        await stdout.WriteLineAsync(CheckpointJson.Serialize(checkpoints.Select(c => c.ToData())));
        return CliApp.Ok;
    }
}
