using Microsoft.Extensions.Configuration;

namespace AntiCor.Cli.Commands;

internal static class MigrateCommand
{
    public static async Task<int> RunAsync(IConfiguration configuration, TextWriter stdout)
    {
        await using var services = await CliDatabase.OpenAsync(configuration);
        await stdout.WriteLineAsync("Схему бази даних оновлено.");
        return CliApp.Ok;
    }
}
