using AntiCor.Core.Security;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace AntiCor.Cli.Commands;

/// <summary>`anticor users add EMAIL --role ROLE [--unit UNIT]`: an account with a one-time password, printed once.</summary>
internal static class UsersCommand
{
    public const string Usage = "anticor users add EMAIL --role ROLE [--unit ПІДРОЗДІЛ]";

    public static async Task<int> RunAsync(string[] args, IConfiguration configuration, TextWriter stdout, TextWriter stderr)
    {
        var positional = new List<string>();
        string? role = null;
        string? unit = null;
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

        var canonicalRole = Roles.All.FirstOrDefault(r => r.Equals(role, StringComparison.OrdinalIgnoreCase));
        if (canonicalRole is null)
        {
            await stderr.WriteLineAsync($"Невідома роль «{role}». Можливі: {string.Join(", ", Roles.All)}.");
            return CliApp.Failed;
        }

        await using var services = await CliDatabase.OpenAsync(configuration, s => s
            .AddAntiCorIdentityCore()
            .AddScoped<AccountProvisioning>());
        await using var scope = services.CreateAsyncScope();
        var provisioning = scope.ServiceProvider.GetRequiredService<AccountProvisioning>();
        Guid? unitId = null;
        if (unit is not null)
        {
            var (id, error) = await provisioning.FindUnitAsync(unit);
            if (error is not null)
            {
                await stderr.WriteLineAsync(error);
                return CliApp.Failed;
            }

            unitId = id;
        }

        try
        {
            var created = await provisioning.CreateAsync(positional[2], null, canonicalRole, unitId);
            await stdout.WriteLineAsync($"Створено користувача {created.User.Email} ({Roles.Ukrainian(canonicalRole)}).");
            await stdout.WriteLineAsync($"Одноразовий пароль: {created.OneTimePassword}");
            await stdout.WriteLineAsync("Його буде показано лише зараз; під час першого входу користувач встановить власний пароль.");
            return CliApp.Ok;
        }
        catch (InvalidOperationException e)
        {
            await stderr.WriteLineAsync(e.Message);
            return CliApp.Failed;
        }
    }
}
