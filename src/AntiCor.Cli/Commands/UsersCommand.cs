using AntiCor.Core.Data;
using AntiCor.Core.Domain;
using AntiCor.Core.Security;
using AntiCor.Core.Tenancy;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace AntiCor.Cli.Commands;

/// <summary>`anticor users add EMAIL --role ROLE [--unit UNIT]`: an account with a one-time password, printed once.</summary>
internal static class UsersCommand
{
    public const string Usage = "anticor users add EMAIL --role ROLE [--org SLUG] [--unit ПІДРОЗДІЛ]";

    public static async Task<int> RunAsync(string[] args, IConfiguration configuration, TextWriter stdout, TextWriter stderr)
    {
        var positional = new List<string>();
        string? role = null;
        string? unit = null;
        string? org = null;
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--role" when i + 1 < args.Length:
                    role = args[++i];
                    break;
                case "--unit" when i + 1 < args.Length:
                    unit = args[++i];
                    break;
                case "--org" when i + 1 < args.Length:
                    org = args[++i];
                    break;
                case "--provider" or "--connection" or "--data-folder":
                    i++;
                    break;
                default:
                    positional.Add(args[i]);
                    break;
            }
        }

        if (positional.Count != 3 || positional[1] != "add" || role is null)
        {
            await stderr.WriteLineAsync($"Використання: {Usage}");
            return CliApp.Failed;
        }

        var canonicalRole = Roles.All.Append(Roles.DeploymentAdministrator).FirstOrDefault(r => r.Equals(role, StringComparison.OrdinalIgnoreCase));
        if (canonicalRole is null)
        {
            await stderr.WriteLineAsync($"Невідома роль «{role}». Можливі: {string.Join(", ", Roles.All)}, {Roles.DeploymentAdministrator}.");
            return CliApp.Failed;
        }

        await using var services = await CliDatabase.OpenAsync(configuration, s => s
            .AddAntiCorIdentityCore()
            .AddScoped<AccountProvisioning>());
        await using var scope = services.CreateAsyncScope();
        var provisioning = scope.ServiceProvider.GetRequiredService<AccountProvisioning>();
        Guid? organizationId = null;
        if (canonicalRole != Roles.DeploymentAdministrator)
        {
            try
            {
                organizationId = (await new OrganizationRegistry(scope.ServiceProvider.GetRequiredService<AppDbContext>()).ChooseExistingAsync(org)).Id;
            }
            catch (DomainException e)
            {
                await stderr.WriteLineAsync(e.Message);
                return CliApp.Failed;
            }
        }

        Guid? unitId = null;
        if (unit is not null && organizationId is { } inOrganization)
        {
            var (id, error) = await provisioning.FindUnitAsync(inOrganization, unit);
            if (error is not null)
            {
                await stderr.WriteLineAsync(error);
                return CliApp.Failed;
            }

            unitId = id;
        }

        try
        {
            var created = await provisioning.CreateAsync(positional[2], null, canonicalRole, organizationId, unitId);
            await stdout.WriteLineAsync($"Створено користувача {created.User.Email} ({Roles.Ukrainian(canonicalRole)}).");
            await stdout.WriteLineAsync($"Одноразовий пароль: {created.OneTimePassword}");
            await stdout.WriteLineAsync("Його буде показано лише зараз; під час першого входу користувач встановить власний пароль.");
            await stdout.WriteLineAsync("(Ця команда — для оператора сервера; адміністратори організацій запрошують користувачів на сторінці /admin/users.)");
            return CliApp.Ok;
        }
        catch (InvalidOperationException e)
        {
            await stderr.WriteLineAsync(e.Message);
            return CliApp.Failed;
        }
    }
}
