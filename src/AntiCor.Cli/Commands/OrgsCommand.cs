using AntiCor.Core.Data;
using AntiCor.Core.Domain;
using AntiCor.Core.Tenancy;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace AntiCor.Cli.Commands;

/// <summary>`anticor orgs add NAME --code ЄДРПОУ [--slug SLUG] [--kind KIND] [--parent SLUG]` and `anticor orgs list`.</summary>
internal static class OrgsCommand
{
    public const string Usage = "anticor orgs add НАЗВА --code ЄДРПОУ [--slug SLUG] [--kind ВИД] [--parent SLUG] | anticor orgs list";

    public static async Task<int> RunAsync(CliOptions options, IConfiguration configuration, TextWriter stdout, TextWriter stderr)
    {
        var verb = options.Arguments.FirstOrDefault();
        if (verb is not ("add" or "list") || (verb == "add" && options.Arguments.Count != 2) || (verb == "list" && options.Arguments.Count != 1))
        {
            await stderr.WriteLineAsync($"Використання: {Usage}");
            return CliApp.Failed;
        }

        await using var services = await CliDatabase.OpenAsync(configuration);
        await using var scope = services.CreateAsyncScope();
        var registry = new OrganizationRegistry(scope.ServiceProvider.GetRequiredService<AppDbContext>());
        if (verb == "list")
        {
            foreach (var o in await registry.ListAsync())
            {
                await stdout.WriteLineAsync($"{o.Slug}\t{o.Code ?? "—"}\t{OrganizationKinds.Ukrainian(o.Kind)}\t{o.Name}");
            }

            return CliApp.Ok;
        }

        if (!options.Named.TryGetValue("code", out var code))
        {
            await stderr.WriteLineAsync("Вкажіть код ЄДРПОУ: --code 12345678.");
            return CliApp.Failed;
        }

        var kind = OrganizationKind.CityCouncil;
        if (options.Named.TryGetValue("kind", out var kindText))
        {
            if (OrganizationKinds.Parse(kindText) is not { } parsed)
            {
                await stderr.WriteLineAsync($"Невідомий вид організації «{kindText}». Можливі: {string.Join(", ", Enum.GetNames<OrganizationKind>())}.");
                return CliApp.Failed;
            }

            kind = parsed;
        }

        try
        {
            var created = await registry.CreateAsync(new NewOrganization(
                options.Arguments[1], code, options.Named.GetValueOrDefault("slug"), kind, options.Named.GetValueOrDefault("parent")));
            await stdout.WriteLineAsync($"Створено організацію «{created.Name}»: адреса /o/{created.Slug}, код ЄДРПОУ {created.Code}.");
            return CliApp.Ok;
        }
        catch (DomainException e)
        {
            await stderr.WriteLineAsync(e.Message);
            return CliApp.Failed;
        }
    }
}
